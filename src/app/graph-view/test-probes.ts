// What browser tests and benchmarks may ask the canvas (through window.__kgExplorer, installed
// only in builds made with VITE_TEST_API=1): where things are drawn and how, never Cytoscape itself.
import { WITHDRAWN_CLASS } from './unsaved-review';
import type cytoscape from 'cytoscape';
import type { CanvasProbes } from '../test-api';
import { renderedBoundsOf } from './bounds';

export type { CanvasProbes };

/** Probes over a Cytoscape instance; `origin` is the canvas's top-left corner on the page. */
export function canvasProbes(cy: cytoscape.Core, origin: () => { left: number; top: number }): CanvasProbes {
  const drawn = (id: string): cytoscape.CollectionReturnValue | null => {
    const el = cy.getElementById(id);
    return el.empty() ? null : el;
  };
  return {
    renderedPosition(nodeId) {
      const el = drawn(nodeId);
      if (!el || !el.isNode() || el.hasClass('hidden')) return null;
      const p = el.renderedPosition();
      const o = origin();
      return { x: o.left + p.x, y: o.top + p.y };
    },
    renderedEdgeMidpoint(edgeId) {
      const el = drawn(edgeId);
      if (!el || !el.isEdge() || el.hasClass('hidden')) return null;
      const p = el.renderedMidpoint();
      const o = origin();
      return { x: o.left + p.x, y: o.top + p.y };
    },
    visibleIds(group) {
      return cy
        .elements(group === 'nodes' ? 'node' : 'edge')
        .filter((el) => !el.hasClass('hidden') && !el.hasClass(WITHDRAWN_CLASS))
        .map((el) => el.id())
        .sort();
    },
    classesOf(id) {
      const el = drawn(id);
      return el ? [...el.classes()].sort() : [];
    },
    nodeBoxes() {
      const o = origin();
      // What is drawn: the actor, and its label where the label is drawn (not one too small to draw).
      return cy
        .nodes()
        .filter((n) => !n.hasClass('hidden'))
        .map((n: cytoscape.NodeSingular) => {
          const page = (bb: cytoscape.BoundingBox12) => ({ x1: o.left + bb.x1, y1: o.top + bb.y1, x2: o.left + bb.x2, y2: o.top + bb.y2 });
          const only = { includeOverlays: false, includeUnderlays: false, includeEdges: false };
          const body = page(renderedBoundsOf(n, { ...only, includeLabels: false }));
          const label = labelDrawn(cy, n) ? page(renderedBoundsOf(n, { ...only, includeNodes: false, includeLabels: true })) : undefined;
          const box = label ? { x1: Math.min(body.x1, label.x1), y1: Math.min(body.y1, label.y1), x2: Math.max(body.x2, label.x2), y2: Math.max(body.y2, label.y2) } : body;
          return { id: n.id(), ...box, body, ...(label ? { label } : {}) };
        });
    },
    modelPosition(nodeId) {
      const el = drawn(nodeId);
      if (!el || !el.isNode()) return null;
      const p = el.position();
      return { x: p.x, y: p.y };
    },
    nodeStyle(nodeId) {
      const el = drawn(nodeId);
      if (!el || !el.isNode()) return null;
      return { size: Number(el.data('size')), fill: String(el.data('fill')), stroke: String(el.data('stroke')) };
    },
    zoom: () => cy.zoom(),
    edgeLine(edgeId) {
      const el = drawn(edgeId);
      if (!el) return null;
      const line: unknown = el.data('line');
      return typeof line === 'string' ? line : 'solid';
    },
    reviewMark(id) {
      const el = drawn(id);
      if (!el) return null;
      return el.data('suggested') ? 'suggested' : el.data('proposed') ? 'proposed' : 'reviewed';
    },
    edgeWidth(edgeId) {
      const el = drawn(edgeId);
      return el && el.isEdge() ? el.numericStyle('width') : null;
    },
    edgeLook(edgeId) {
      const el = drawn(edgeId);
      if (!el || !el.isEdge()) return null;
      const rgb = (String(el.style('line-color')).match(/\d+/g) ?? []).slice(0, 3).map(Number);
      const lineStyle = String(el.style('line-style'));
      const dash = (String(el.style('line-dash-pattern')).match(/[\d.]+/g) ?? []).map(Number);
      return {
        color: `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`,
        lineStyle,
        dash: lineStyle === 'solid' ? null : dash,
        arrow: String(el.style('target-arrow-shape')),
      };
    },
    drawnLabels() {
      const o = origin();
      const zoom = cy.zoom();
      const ext = cy.extent();
      const readable = (n: cytoscape.NodeSingular): boolean => {
        if (n.hasClass('hidden') || !n.visible()) return false;
        const p = n.position();
        if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) return false;
        return labelDrawn(cy, n);
      };
      return cy
        .nodes()
        .filter(readable)
        .map((n) => {
          const bb = renderedBoundsOf(n, { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false });
          return { id: n.id(), fontSize: Number(n.numericStyle('font-size')) * zoom, x1: o.left + bb.x1, y1: o.top + bb.y1, x2: o.left + bb.x2, y2: o.top + bb.y2 };
        });
    },
  };
}

/** Whether Cytoscape draws the node's label: it has one, and it is not smaller on screen than min-zoomed-font-size. */
function labelDrawn(cy: cytoscape.Core, n: cytoscape.NodeSingular): boolean {
  if (!String(n.style('label') ?? '')) return false;
  return Number(n.numericStyle('font-size')) * cy.zoom() >= Number(n.numericStyle('min-zoomed-font-size')) && Number(n.numericStyle('text-opacity')) > 0;
}
