// The Cytoscape surface the benchmark probe uses, and where on the canvas a drag pans.
export interface CyLike {
  zoom(): number;
  zoom(options: { level: number; renderedPosition: { x: number; y: number } }): void;
  panBy(delta: { x: number; y: number }): void;
  width(): number;
  height(): number;
  container(): HTMLElement | null;
  nodes(selector?: string): { length: number; [i: number]: NodeLike; forEach(fn: (n: NodeLike) => void): void };
}
export interface NodeLike {
  id(): string;
  data(key: string): unknown;
  renderedPosition(): { x: number; y: number };
  visible(): boolean;
  degree(loops: boolean): number;
}

/** A point of the canvas (client px) with no drawn actor within 40 px: where a drag pans. */
export function emptyPoint(cy: CyLike, rect: DOMRect): { x: number; y: number } {
  const taken: Array<{ x: number; y: number }> = [];
  let best = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, clearance: -1 };
  cy.nodes().forEach((n) => {
    if (n.visible()) taken.push(n.renderedPosition());
  });
  for (let step = 0; step < 400; step += 1) {
    // A spiral out from the centre of the canvas (rendered px).
    const a = step * 0.7;
    const r = 24 * Math.sqrt(step);
    const x = rect.width / 2 + r * Math.cos(a);
    const y = rect.height / 2 + r * Math.sin(a);
    if (x < 60 || y < 60 || x > rect.width - 60 || y > rect.height - 60) continue;
    const clearance = Math.min(...taken.map((p) => Math.hypot(p.x - x, p.y - y)));
    if (clearance > 40) return { x: rect.left + x, y: rect.top + y };
    if (clearance > best.clearance) best = { x: rect.left + x, y: rect.top + y, clearance };
  }
  // A page that draws actors everywhere: the point farthest from any of them.
  return { x: best.x, y: best.y };
}
