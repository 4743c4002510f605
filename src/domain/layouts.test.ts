import { describe, expect, it } from 'vitest';
import type { LayoutNode, Point } from './layout';
import { concentricLayout, kindCirclesLayout } from './layouts';

const node = (id: string, size = 24, labelWidth = 60): LayoutNode => ({ id, size, labelWidth, labelHeight: 16 });

/** Node + label rectangles as drawn (label centred under the node). */
function rects(nodes: LayoutNode[], pos: Map<string, Point>) {
  return nodes.map((n) => {
    const p = pos.get(n.id)!;
    const w = Math.max(n.size, n.labelWidth);
    return { id: n.id, x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y - n.size / 2, y2: p.y + n.size / 2 + 4 + n.labelHeight };
  });
}

function overlaps(nodes: LayoutNode[], pos: Map<string, Point>): string[] {
  const rs = rects(nodes, pos);
  const out: string[] = [];
  rs.forEach((a, i) => {
    for (const b of rs.slice(i + 1)) if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${a.id}×${b.id}`);
  });
  return out;
}

describe('concentric layout by importance', () => {
  const nodes = Array.from({ length: 30 }, (_, i) => node(`n${String(i).padStart(2, '0')}`, 20 + (i % 5) * 6, 40 + (i % 7) * 12));
  const value = (id: string) => 100 - Number(id.slice(1));
  const pos = concentricLayout(nodes, value);

  it('puts the most important actor in the centre and less important ones further out', () => {
    expect(pos.get('n00')).toEqual({ x: 0, y: 0 });
    const radius = (id: string) => {
      const p = pos.get(id)!;
      return Math.hypot(p.x, p.y);
    };
    expect(radius('n01')).toBeGreaterThan(0);
    expect(radius('n29')).toBeGreaterThan(radius('n01'));
    // On average each ring is further out than the one before.
    const inner = ['n01', 'n02', 'n03'].map(radius);
    const outer = ['n27', 'n28', 'n29'].map(radius);
    expect(Math.min(...outer)).toBeGreaterThan(Math.max(...inner));
  });

  it('places every actor once, with no node or label overlapping another, the same on every run', () => {
    expect(pos.size).toBe(nodes.length);
    expect(overlaps(nodes, pos)).toEqual([]);
    expect(concentricLayout([...nodes].reverse(), value)).toEqual(pos);
  });

  it('handles an empty graph and a single actor', () => {
    expect(concentricLayout([], value).size).toBe(0);
    expect(concentricLayout([node('solo')], () => 0).get('solo')).toEqual({ x: 0, y: 0 });
  });
});

describe('circles by kind', () => {
  const kinds: Record<string, string> = {};
  const nodes: LayoutNode[] = [];
  for (const [kind, count] of [['state', 12], ['person', 5], ['forum', 1], ['armed-group', 4]] as const) {
    for (let i = 0; i < count; i++) {
      const id = `${kind}-${i}`;
      kinds[id] = kind;
      nodes.push(node(id));
    }
  }
  const pos = kindCirclesLayout(nodes, (id) => kinds[id]!, (id) => -Number(id.split('-').pop()), 1.4);

  it('keeps each kind in its own region', () => {
    const rs = rects(nodes, pos);
    const hull = (kind: string) => {
      const mine = rs.filter((r) => kinds[r.id] === kind);
      return { x1: Math.min(...mine.map((r) => r.x1)), x2: Math.max(...mine.map((r) => r.x2)), y1: Math.min(...mine.map((r) => r.y1)), y2: Math.max(...mine.map((r) => r.y2)) };
    };
    const names = ['state', 'person', 'forum', 'armed-group'];
    for (const [i, a] of names.entries()) {
      for (const b of names.slice(i + 1)) {
        const p = hull(a);
        const q = hull(b);
        expect(p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2, `${a} and ${b} overlap`).toBe(false);
      }
    }
  });

  it('packs the circles to about the canvas shape', () => {
    const rs = rects(nodes, pos);
    const w = Math.max(...rs.map((r) => r.x2)) - Math.min(...rs.map((r) => r.x1));
    const h = Math.max(...rs.map((r) => r.y2)) - Math.min(...rs.map((r) => r.y1));
    expect(w / h).toBeGreaterThan(0.7);
    expect(w / h).toBeLessThan(3);
  });

  it('centres each circle on its most connected member, without overlaps', () => {
    expect(overlaps(nodes, pos)).toEqual([]);
    const centre = pos.get('state-0')!;
    const others = nodes.filter((n) => kinds[n.id] === 'state' && n.id !== 'state-0').map((n) => pos.get(n.id)!);
    const cx = others.reduce((s, p) => s + p.x, 0) / others.length;
    const cy = others.reduce((s, p) => s + p.y, 0) / others.length;
    expect(Math.hypot(cx - centre.x, cy - centre.y)).toBeLessThan(40);
  });
});
