import { describe, expect, it } from 'vitest';
import { graphContentHash } from './content-hash';
import { fixtureGraph } from './test-fixture';

describe('graph content hash', () => {
  it('is the same for the same content and differs when actors or relations change', () => {
    const g = fixtureGraph();
    const h = graphContentHash(g);
    expect(h).toMatch(/^[0-9a-z]+$/);
    expect(graphContentHash(structuredClone(g))).toBe(h);
    const relabelled = structuredClone(g);
    relabelled.nodes[0]!.label += ' (renamed)';
    expect(graphContentHash(relabelled)).not.toBe(h);
    const rewired = structuredClone(g);
    rewired.edges[0]!.target = rewired.edges[0]!.source;
    expect(graphContentHash(rewired)).not.toBe(h);
  });

  it('keeps field boundaries apart', () => {
    const g = fixtureGraph();
    const a = { ...g, nodes: [{ ...g.nodes[0]!, id: 'ab', label: 'c' }], edges: [] };
    const b = { ...g, nodes: [{ ...g.nodes[0]!, id: 'a', label: 'bc' }], edges: [] };
    expect(graphContentHash(a)).not.toBe(graphContentHash(b));
  });
});
