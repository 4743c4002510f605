import { describe, expect, it } from 'vitest';
import { computeLayout, type LayoutNode } from './layout';
import { fixtureIndex } from './test-fixture';

function input() {
  const index = fixtureIndex();
  const nodes: LayoutNode[] = index.file.nodes.map((n) => ({
    id: n.id,
    size: 30 + 6 * (index.degree.get(n.id) ?? 0),
    labelWidth: n.label.length * 7,
    labelHeight: 16,
  }));
  return { nodes, edges: index.file.edges, width: 800, height: 600 };
}

function rects(positions: Map<string, { x: number; y: number }>, nodes: LayoutNode[]) {
  return nodes.map((n) => {
    const p = positions.get(n.id)!;
    const w = Math.max(n.size, n.labelWidth);
    return { id: n.id, x0: p.x - w / 2, x1: p.x + w / 2, y0: p.y - n.size / 2, y1: p.y + n.size / 2 + 4 + n.labelHeight };
  });
}

describe('computeLayout', () => {
  it('is deterministic: the same input gives the same positions', () => {
    const a = computeLayout(input());
    const b = computeLayout(input());
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('gives every node a position and lets no node + label box overlap another', () => {
    const inp = input();
    const pos = computeLayout(inp);
    expect(pos.size).toBe(inp.nodes.length);
    const rs = rects(pos, inp.nodes);
    for (let i = 0; i < rs.length; i += 1) {
      for (let j = i + 1; j < rs.length; j += 1) {
        const a = rs[i]!;
        const b = rs[j]!;
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('keeps the drawing roughly inside the viewport it was made for', () => {
    const inp = input();
    const rs = rects(computeLayout(inp), inp.nodes);
    const minX = Math.min(...rs.map((r) => r.x0));
    const maxX = Math.max(...rs.map((r) => r.x1));
    const minY = Math.min(...rs.map((r) => r.y0));
    const maxY = Math.max(...rs.map((r) => r.y1));
    expect(maxX - minX).toBeLessThanOrEqual(inp.width * 1.1);
    expect(maxY - minY).toBeLessThanOrEqual(inp.height * 1.1);
  });

  it('puts actors without relations on a shelf below the network', () => {
    const inp = input();
    const pos = computeLayout(inp);
    const shelfY = pos.get('china')!.y;
    expect(pos.get('tass')!.y).toBe(shelfY);
    expect(shelfY).toBeGreaterThan(pos.get('russia')!.y);
  });

  it('copes with a graph without relations and with a single relation', () => {
    const nodes = [
      { id: 'a', size: 30, labelWidth: 40, labelHeight: 16 },
      { id: 'b', size: 30, labelWidth: 40, labelHeight: 16 },
    ];
    expect(computeLayout({ nodes, edges: [], width: 400, height: 300 }).size).toBe(2);
    const pos = computeLayout({ nodes, edges: [{ source: 'a', target: 'b' }], width: 400, height: 300 });
    expect(Number.isFinite(pos.get('a')!.x) && Number.isFinite(pos.get('b')!.y)).toBe(true);
  });
});

describe('pushOffEdges', () => {
  it('moves a node that sits on an edge it is not part of, and leaves the edge ends alone', async () => {
    const { pushOffEdges } = await import('./layout');
    const box = (id: string, x: number, y: number) => ({ id, x, y, hw: 30, hh: 20, dy: 10, r: 10 });
    const boxes = [box('a', 0, 0), box('b', 200, 0), box('c', 100, 0)];
    pushOffEdges(boxes, [{ source: 'a', target: 'b', wide: false }]);
    expect(Math.abs(boxes[2]!.y)).toBeGreaterThanOrEqual(10);
    expect(Math.abs(boxes[2]!.y)).toBeLessThan(20);
    pushOffEdges(boxes, [{ source: 'a', target: 'b', wide: true }]);
    // The whole node + label box is now clear of the line.
    const c = boxes[2]!;
    expect(c.y + c.dy - c.hh > 0 || c.y + c.dy + c.hh < 0).toBe(true);
    expect(boxes[0]).toMatchObject({ x: 0, y: 0 });
    expect(boxes[1]).toMatchObject({ x: 200, y: 0 });
  });
});
