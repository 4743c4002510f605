// Colours that the canvas (graph-view/cy-style) and the HTML beside it (legend, swatches, glyphs)
// both draw with: one value each, so that the legend always matches the graph. The stylesheets
// repeat a few of them (--accent in base.css, the path colour in AnalysePanel.css and graph-view.css,
// the draft greys in ReviewBadge.css, ReviewFilter.css and Legend.css).

/** Selection: the selected actor's and relation's halo (--accent in base.css). */
export const ACCENT = '#1d4ed8';
/** Actors matching the search query. */
export const MATCH_COLOUR = '#d97706';
/** Shortest paths: a colour no relation type or kind uses. */
export const PATH_COLOUR = '#7c3aed';
/** The grey halo of machine drafts (suggested relations, merged lines holding one). */
export const DRAFT_HALO = '#6b7280';
/** The dashed outline of a proposed actor (not in the registry). */
export const PROPOSED_STROKE = '#374151';
/** Relations drawn without a type's colour: merged lines, and the legend's sample lines. */
export const NEUTRAL_EDGE = '#4b5563';
