import { describe, expect, it } from 'vitest';
import { star } from './__fixtures__/lod-star';
import { placeNewNodes, projectionLayout, spiralPositions } from './level-of-detail-layout';


describe('projectionLayout and placeNewNodes', () => {
  it('lays out a projection deterministically, with neighbours closer than strangers', () => {
    const g = star(30);
    const ids = [...g.nodes];
    const a = projectionLayout(ids, g.edges);
    const b = projectionLayout([...ids].reverse(), [...g.edges].reverse());
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    const d = (x: string, y: string) => Math.hypot(a.get(x)!.x - a.get(y)!.x, a.get(x)!.y - a.get(y)!.y);
    // Chain neighbours n10—n11 are closer than the chain's ends.
    expect(d('n10', 'n11')).toBeLessThan(d('n1', 'n30'));
  });

  it('places a joining node next to its placed neighbours, and keeps the others where they are', () => {
    const g = star(10);
    const positions = new Map([
      ['h', { x: 0, y: 0 }],
      ['n1', { x: 100, y: 0 }],
    ]);
    placeNewNodes(['n2', 'zz'], [...g.edges, { id: 'x', source: 'n2', target: 'n1', type: 'meet' }], positions);
    expect(positions.get('h')).toEqual({ x: 0, y: 0 });
    const p = positions.get('n2')!;
    // n2 is related to h and n1: placed near their centre (50, 0).
    expect(Math.hypot(p.x - 50, p.y)).toBeLessThan(80);
    // zz has no placed neighbour: outside the drawing.
    expect(Math.hypot(positions.get('zz')!.x - 50, positions.get('zz')!.y)).toBeGreaterThan(50);
  });
});

describe('spiralPositions', () => {
  it('puts the first actor in the centre and keeps every actor apart', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `a${i}`);
    const p = spiralPositions(ids, 60);
    expect(p.get('a0')).toEqual({ x: 0, y: 0 });
    const pts = [...p.values()];
    let closest = Infinity;
    for (let i = 0; i < pts.length; i += 1) for (let j = i + 1; j < pts.length; j += 1) closest = Math.min(closest, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
    expect(closest).toBeGreaterThan(20);
  });
});
