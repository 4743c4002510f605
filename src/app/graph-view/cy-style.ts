// The Cytoscape stylesheet and the element data it reads. Colours per type and kind travel in
// element data, so one stylesheet serves every graph file.
import type cytoscape from 'cytoscape';
import type { GraphEdge } from '../../domain/graph-contract';
import type { Glyph } from '../../domain/kinds';
import { isSuggested } from '../../domain/status';
import { ACCENT, DRAFT_HALO, MATCH_COLOUR, PATH_COLOUR, PROPOSED_STROKE } from '../theme';

export const LABEL_FONT_FAMILY = 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif';
export const LABEL_FONT_SIZE = 12;
export const LABEL_FONT_WEIGHT = 500;
export const LABEL_LINE_HEIGHT = 1.2;
export const LABEL_MAX_WIDTH = 112;
export const LABEL_PADDING = 2;
export const LABEL_MARGIN = 4;

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

export function stylesheet(): cytoscape.StylesheetJson {
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
        'min-zoomed-font-size': 7,
        'z-index': 10,
        'transition-property': 'opacity',
        'transition-duration': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
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
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    // Claims that are not plain assertions are drawn broken, so a hope never looks like a fact.
    { selector: 'edge[line = "dashed"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
    { selector: 'edge[line = "dotted"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 3], width: 2.4 } },
    // No status in the file (imported graphs): a long dash, neither fact nor a named kind of claim.
    { selector: 'edge[line = "long-dash"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [14, 5] } },
    // Line width by reports (report-widths.ts): 2px for one article, 8px from six.
    { selector: 'edge.by-reports', style: { width: 'mapData(reports, 1, 6, 2, 8)' } },
    { selector: 'edge.by-reports[line = "dotted"]', style: { width: 'mapData(reports, 1, 6, 2.4, 8)' } },
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
    { selector: 'edge[?bundle][line = "long-dash"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [18, 7] } },
    { selector: 'edge[?bundle][line = "dashed"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [10, 6] } },
    { selector: 'edge[?bundle][line = "dotted"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [3, 5] } },
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
    { selector: 'node.dimmed', style: { opacity: 0.22 } },
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
  const [base, ...rest] = stylesheet();
  const halo = { selector: 'node', style: { 'underlay-color': '#ffffff', 'underlay-opacity': 0.001, 'underlay-padding': 6, 'underlay-shape': 'ellipse' } };
  // The overview is drawn small: the actors in focus get labels big enough to be drawn and read.
  const named = { selector: 'node.named', style: { 'font-size': NAMED_FONT_SIZE, 'font-weight': 600, 'min-zoomed-font-size': 0, 'z-index': 12 } };
  return [base!, halo, ...rest, named, { selector: 'edge', style: { 'curve-style': 'straight' } }] as cytoscape.StylesheetJson;
}
