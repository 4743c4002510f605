// The Cytoscape stylesheet and the element data it reads. Colours per type and kind travel in
// element data, so one stylesheet serves every graph file.
import type cytoscape from 'cytoscape';
import type { GraphEdge } from '../../domain/graph-contract';
import type { Glyph } from '../../domain/kinds';
import { isSuggested } from '../../domain/status';
import type { ArrowCue } from '../../domain/relation-palette';
import type { LineStyle } from '../../domain/status';
import { ACCENT, DOTTED_EDGE_WIDTH, DRAFT_HALO, EDGE_WIDTH, FONT_FAMILY, LINE_DASH, MATCH_COLOUR, MERGED_LINE_DASH, PATH_COLOUR, PROPOSED_STROKE } from '../theme';

export const LABEL_FONT_FAMILY = FONT_FAMILY;
export const LABEL_FONT_SIZE = 12;
export const LABEL_FONT_WEIGHT = 500;
export const LABEL_LINE_HEIGHT = 1.2;
export const LABEL_MAX_WIDTH = 112;
export const LABEL_PADDING = 2;
export const LABEL_MARGIN = 4;
/** Cytoscape leaves out labels smaller than this on screen (px): at the overview of a large graph, all of them. */
export const MIN_LABEL_PX = 7;
/** Labels of the most important actors at the overview (lod-drawing), in px on screen whatever the zoom. */
export const LANDMARK_FONT_PX = 13;
export const LANDMARK_FONT_WEIGHT = 600;
/** The actor under the canvas's keyboard cursor (keyboard-cursor.ts). */
export const CURSOR_CLASS = 'kb-cursor';

export const SHAPES: Record<Glyph, cytoscape.Css.NodeShape> = {
  circle: 'ellipse',
  square: 'round-rectangle',
  diamond: 'round-diamond',
  triangle: 'round-triangle',
  hexagon: 'round-hexagon',
  octagon: 'round-octagon',
  star: 'star',
  vee: 'vee',
  tag: 'round-tag',
  barrel: 'barrel',
};

/**
 * Past this many characters a label is drawn cut, with an ellipsis: a whole long label (a file
 * may hold megabytes in one) would take seconds to wrap and draw as a column taller than any
 * image can be. Every label of the committed graph is far shorter (at most 50).
 */
export const MAX_DRAWN_LABEL = 100;

/** The label as drawn: whole, or its first MAX_DRAWN_LABEL characters and an ellipsis. */
export function clipLabel(label: string): string {
  if (label.length <= MAX_DRAWN_LABEL) return label;
  // Never cut a character in two (a surrogate pair).
  const end = /[\uD800-\uDBFF]/.test(label[MAX_DRAWN_LABEL - 1]!) ? MAX_DRAWN_LABEL - 1 : MAX_DRAWN_LABEL;
  return `${label.slice(0, end).trimEnd()}…`;
}

/** A relation's label on the canvas (when selected, hovered, on a path): a draft says so in words. */
export function edgeLabel(typeLabel: string, edge: Pick<GraphEdge, 'review'>): string {
  const label = clipLabel(typeLabel);
  return isSuggested(edge) ? `${label} (suggested)` : label;
}

/** Cytoscape reads the label through this (elements keep the whole label in their data). */
const drawnLabel = (ele: cytoscape.NodeSingular): string => clipLabel(String(ele.data('label') ?? ''));

/** A directed relation's arrow head: its type family's (domain/relation-palette `arrowOf`, carried in data). */
const drawnArrow = (ele: cytoscape.EdgeSingular): ArrowCue => (ele.data('arrow') as ArrowCue | undefined) ?? 'triangle';

const BROKEN: readonly LineStyle[] = ['dashed', 'dotted', 'long-dash'];
/** Status line styles (theme LINE_DASH, also drawn by the legend): one rule per broken style. */
function dashRules(selector: string, dashes: typeof LINE_DASH, dottedWidth?: number): cytoscape.StylesheetJson {
  return BROKEN.map((line) => ({
    selector: `${selector}[line = "${line}"]`,
    style: { 'line-style': 'dashed', 'line-dash-pattern': [...dashes[line]!], ...(line === 'dotted' && dottedWidth ? { width: dottedWidth } : {}) },
  }));
}

/** The keyboard cursor (keyboard-cursor.ts): a dark ring apart from the selection's blue halo, so both read at once; last, over every other rule. */
const CURSOR_RULE = { selector: `node.${CURSOR_CLASS}`, style: { 'outline-width': 3, 'outline-color': '#111827', 'outline-offset': 3, 'outline-opacity': 1, 'font-weight': 700, 'z-index': 30 } };

export function stylesheet(): cytoscape.StylesheetJson {
  // Fitted into a small screen, a graph is drawn too small for its labels: landmarks (landmarks.ts).
  return [...baseRules(), ...landmarkRules(), CURSOR_RULE] as cytoscape.StylesheetJson;
}

function baseRules(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)' as unknown as cytoscape.Css.NodeShape,
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(fill)',
        'border-color': 'data(stroke)',
        'border-width': 1.5,
        label: drawnLabel,
        'font-family': LABEL_FONT_FAMILY,
        'font-size': LABEL_FONT_SIZE,
        'font-weight': LABEL_FONT_WEIGHT,
        'line-height': LABEL_LINE_HEIGHT,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL_MARGIN,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.82,
        'text-background-padding': `${LABEL_PADDING}px`,
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_LABEL_PX,
        'z-index': 10,
        'transition-property': 'opacity',
        'transition-duration': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: EDGE_WIDTH,
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'source-arrow-color': 'data(color)',
        'target-arrow-shape': 'none',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        'control-point-step-size': 26,
        opacity: 0.9,
        'font-family': LABEL_FONT_FAMILY,
        'font-size': 10,
        color: '#1f2933',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
        'z-index': 1,
      },
    },
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': drawnArrow } as cytoscape.Css.Edge },
    // Parallel relations fanned out clear of other actors (offsets from class-painter, fanOffsets).
    {
      selector: 'edge[fan]',
      style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': (el: cytoscape.EdgeSingular) => Number(el.data('fan')), 'control-point-weights': 0.5, 'edge-distances': 'node-position' } as cytoscape.Css.Edge,
    },
    // Claims that are not plain assertions are drawn broken, so a hope never looks like a fact; no
    // status in the file (imported graphs) is a long dash, neither fact nor a named kind of claim.
    ...dashRules('edge', LINE_DASH, DOTTED_EDGE_WIDTH),
    // Line width by reports (report-widths.ts): 2px for one article, 8px from six.
    { selector: 'edge.by-reports', style: { width: 'mapData(reports, 1, 6, 2, 8)' } },
    { selector: 'edge.by-reports[line = "dotted"]', style: { width: `mapData(reports, 1, 6, ${DOTTED_EDGE_WIDTH}, 8)` } },
    {
      // Several relations between two actors drawn as one edge with their count; a click expands it.
      selector: 'edge[?bundle]',
      style: {
        width: 'mapData(count, 4, 16, 5, 10)',
        'curve-style': 'straight',
        'line-color': 'data(color)',
        'line-opacity': 0.75,
        'target-arrow-shape': 'none',
        label: 'data(count)',
        'font-size': 11,
        'font-weight': 700,
        'text-rotation': 'none',
        'text-background-opacity': 1,
        'text-background-padding': '3px',
        'text-border-width': 1.5,
        'text-border-color': 'data(color)',
        'text-border-opacity': 1,
        'z-index': 2,
      },
    },
    // A bundle takes the weakest line of its visible members, so a bundle of hopes is not drawn as fact.
    ...dashRules('edge[?bundle]', MERGED_LINE_DASH),
    // Machine drafts never look reviewed: faded, hollow arrow and bead, a grey halo; on top of the status dashes.
    {
      selector: 'edge[?suggested]',
      style: {
        'line-opacity': 0.55,
        'target-arrow-fill': 'hollow',
        'mid-target-arrow-shape': 'circle',
        'mid-target-arrow-fill': 'hollow',
        'mid-target-arrow-color': 'data(color)',
        'underlay-color': DRAFT_HALO,
        'underlay-opacity': 0.16,
        'underlay-padding': 3,
        'font-style': 'italic',
      },
    },
    // A merged line holding a draft: its count box dashed (the bead would sit under the count).
    { selector: 'edge[?bundle][?suggested]', style: { 'mid-target-arrow-shape': 'none', 'text-border-style': 'dashed', 'line-opacity': 0.6 } },
    // A proposed actor (not in the registry): dashed outline, paler fill.
    { selector: 'node[?proposed]', style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': PROPOSED_STROKE, 'background-opacity': 0.6 } },
    { selector: '.hidden', style: { display: 'none' } },
    // A draft the reviewer has just rejected, until the rebuilt graph leaves it out (unsaved-review.ts).
    { selector: '.kg-withdrawn', style: { display: 'none' } },
    // An actor whose relations are all hidden by the filters or the time range recedes (class-painter).
    { selector: 'node.faded', style: { opacity: 0.4 } },
    { selector: 'node.dimmed', style: { opacity: 0.22 } },
    { selector: 'node.faded.selected', style: { opacity: 1 } },
    { selector: 'edge.dimmed', style: { opacity: 0.08 } },
    { selector: 'node.match', style: { 'underlay-color': MATCH_COLOUR, 'underlay-opacity': 0.35, 'underlay-padding': 6, 'underlay-shape': 'ellipse' } },
    { selector: 'edge.labelled', style: { width: 3, opacity: 1, label: 'data(typeLabel)', 'z-index': 5 } },
    { selector: 'edge[?bundle].labelled', style: { width: 'mapData(count, 4, 16, 6, 11)', label: 'data(count)', 'line-opacity': 1 } },
    { selector: 'node.hovered', style: { 'border-width': 3, 'font-weight': 700 } },
    {
      selector: 'node.selected',
      style: {
        'border-width': 3,
        'border-color': ACCENT,
        'font-weight': 700,
        'underlay-color': ACCENT,
        'underlay-opacity': 0.22,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        'z-index': 20,
      },
    },
    {
      selector: 'node.on-path',
      style: {
        'border-width': 3,
        'border-color': PATH_COLOUR,
        'font-weight': 700,
        'underlay-color': PATH_COLOUR,
        'underlay-opacity': 0.2,
        'underlay-padding': 6,
        'underlay-shape': 'ellipse',
        'z-index': 15,
      },
    },
    {
      selector: 'edge.on-path',
      style: {
        width: 4,
        opacity: 1,
        label: 'data(typeLabel)',
        'underlay-color': PATH_COLOUR,
        'underlay-opacity': 0.25,
        'underlay-padding': 4,
        'z-index': 8,
      },
    },
    { selector: 'edge[?bundle].on-path', style: { label: 'data(count)' } },
    {
      selector: 'edge.selected',
      style: {
        width: 4,
        opacity: 1,
        label: 'data(typeLabel)',
        'underlay-color': ACCENT,
        'underlay-opacity': 0.18,
        'underlay-padding': 5,
        'z-index': 9,
      },
    },
    // Emphasis keeps a claim wider than its neighbours when lines are sized by reports.
    { selector: 'edge.by-reports.labelled, edge.by-reports.on-path, edge.by-reports.selected', style: { width: 'mapData(reports, 1, 6, 4, 9)' } },
  ];
}

/** The big labels' font size (model px) at scale, for the actors in focus. */
export const NAMED_FONT_SIZE = 34;

/**
 * At scale: straight edges (bezier control points for thousands of edges cost every frame), and
 * every actor carries an invisible halo the size of the search mark's. Turning a halo on or off
 * changes the actor's bounds, which makes Cytoscape recompute all its relations' geometry; with
 * the halo always there, marking a thousand matches only recolours them.
 */
export function lodStylesheet(): cytoscape.StylesheetJson {
  const [base, ...rest] = baseRules();
  const halo = { selector: 'node', style: { 'underlay-color': '#ffffff', 'underlay-opacity': 0.001, 'underlay-padding': 6, 'underlay-shape': 'ellipse' } };
  // The actors in focus get labels big enough to be drawn and read.
  const named = { selector: 'node.named', style: { 'font-size': NAMED_FONT_SIZE, 'font-weight': 600, 'text-max-width': `${LABEL_MAX_WIDTH}px`, 'min-zoomed-font-size': 0, 'z-index': 12 } };
  return [base!, halo, ...rest, ...landmarkRules(), named, { selector: 'edge', style: { 'curve-style': 'straight' } }, CURSOR_RULE] as cytoscape.StylesheetJson;
}

/**
 * Drawn small (the overview at scale, or a graph fitted into a phone), the most important actors
 * get labels of one size on screen: landmarks.ts sets landmarkFont to LANDMARK_FONT_PX / zoom,
 * wrapping as a label at zoom 1.
 */
function landmarkRules(): cytoscape.StylesheetJson {
  const landmark = {
    selector: 'node.landmark',
    style: {
      'font-size': 'data(landmarkFont)',
      'font-weight': LANDMARK_FONT_WEIGHT,
      'text-max-width': (el: cytoscape.NodeSingular) => `${(LABEL_MAX_WIDTH * Number(el.data('landmarkFont'))) / LANDMARK_FONT_PX}px`,
      'min-zoomed-font-size': 0,
      'z-index': 11,
    },
  };
  // A landmark label that has no room below its actor sits above, right or left of it, or at a corner (label-measure LABEL_PLACES).
  const places = [
    { selector: 'node.landmark.lm-above', style: { 'text-valign': 'top', 'text-margin-y': -LABEL_MARGIN } },
    { selector: 'node.landmark.lm-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': LABEL_MARGIN } },
    { selector: 'node.landmark.lm-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -LABEL_MARGIN } },
    { selector: 'node.landmark.lm-below-right', style: { 'text-valign': 'bottom', 'text-halign': 'right', 'text-margin-x': 0 } },
    { selector: 'node.landmark.lm-below-left', style: { 'text-valign': 'bottom', 'text-halign': 'left', 'text-margin-x': 0 } },
    { selector: 'node.landmark.lm-above-right', style: { 'text-valign': 'top', 'text-halign': 'right', 'text-margin-x': 0, 'text-margin-y': -LABEL_MARGIN } },
    { selector: 'node.landmark.lm-above-left', style: { 'text-valign': 'top', 'text-halign': 'left', 'text-margin-x': 0, 'text-margin-y': -LABEL_MARGIN } },
    // Below or above, slid aside by lmSlide (model px, set by landmarks.ts).
    { selector: 'node.landmark.lm-slide', style: { 'text-margin-x': 'data(lmSlide)' } },
  ];
  return [landmark, ...places] as cytoscape.StylesheetJson;
}
