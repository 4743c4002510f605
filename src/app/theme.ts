// Colours that the canvas (graph-view/cy-style) and the HTML beside it (legend, swatches, glyphs)
// both draw with: one value each, so that the legend always matches the graph. The stylesheets
// repeat a few of them (--accent in base.css, the path colour in AnalysePanel.css and graph-view.css,
// the draft greys in ReviewBadge.css, ReviewFilter.css and Legend.css).
import type { ArrowCue } from '../domain/relation-palette';
import type { LineStyle } from '../domain/status';

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

/**
 * How each claim status's line is broken: [dash, gap] in px, the same numbers on the canvas
 * (model px, cy-style) and in the legend's sample lines, so the two always agree.
 */
export const LINE_DASH: Readonly<Record<LineStyle, readonly number[] | null>> = { solid: null, dashed: [7, 4], dotted: [2, 3], 'long-dash': [14, 5] };
/** Merged lines are wider (5–10px): their dashes are longer to stay readable. */
export const MERGED_LINE_DASH: Readonly<Record<LineStyle, readonly number[] | null>> = { solid: null, dashed: [10, 6], dotted: [3, 5], 'long-dash': [18, 7] };
/** Line widths (px): a relation, and a dotted one (a little wider, or its dots would vanish). */
export const EDGE_WIDTH = 2;
export const DOTTED_EDGE_WIDTH = 2.4;

/** The text of labels on the canvas and of a published figure (the page's font stack). */
export const FONT_FAMILY = 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif';

/**
 * A relation sample's arrow head, drawn by the sidebar legend and a published figure's legend in a
 * 26 × 12 box: where the line stops, the head's points (tip at x = 25), and for a "tee" the bar
 * (ARROW_BAR) before it.
 */
export const ARROW_HEADS: Readonly<Record<Exclude<ArrowCue, 'none'>, { lineEnd: number; points: ReadonlyArray<readonly [number, number]>; bar?: boolean }>> = {
  triangle: { lineEnd: 19.5, points: [[19, 2.5], [25, 6], [19, 9.5]] },
  'triangle-tee': { lineEnd: 17, points: [[19.5, 2.5], [25, 6], [19.5, 9.5]], bar: true },
  diamond: { lineEnd: 19.5, points: [[19, 6], [22, 2.8], [25, 6], [22, 9.2]] },
  vee: { lineEnd: 21.5, points: [[19, 2.5], [25, 6], [19, 9.5], [21.5, 6]] },
};
export const ARROW_BAR = { x: 15.6, y: 2.5, width: 1.8, height: 7 } as const;
