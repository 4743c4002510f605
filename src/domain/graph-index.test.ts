import { describe, expect, it } from 'vitest';
import { isDirected, otherEnd, pairKey } from './graph-index';
import { fixtureIndex } from './test-fixture';

describe('buildGraphIndex', () => {
  const index = fixtureIndex();

  it('counts relations per node, per type and per kind', () => {
    expect(index.degree.get('russia')).toBe(4);
    expect(index.degree.get('china')).toBe(0);
    expect(index.typeCounts.get('delisting')).toBe(1);
    expect(index.kindCounts.get('state')).toBe(5);
    expect(index.kinds[0]).toBe('state');
  });

  it('groups parallel relations between the same two actors in either direction', () => {
    const ids = index.parallel.get(pairKey('taliban', 'russia'));
    expect(ids).toEqual(['fx-a#r01', 'fx-a#r03', 'fx-a#r04']);
    expect(index.parallel.get(pairKey('pakistan', 'taliban'))).toEqual(['fx-b#r01', 'fx-b#r02']);
  });

  it('finds the relations supported by a sentence and the actors mentioned in it', () => {
    expect(index.edgesBySentence.get('fx-a#s0')).toEqual(['fx-a#r01']);
    expect(index.edgesBySentence.get('fx-a#s1')).toEqual(['fx-a#r01', 'fx-a#r05']);
    const mentioned = index.mentionsBySentence.get('fx-a#s0')!.map((m) => m.nodeId);
    expect(mentioned).toEqual(['russia', 'afghanistan', 'taliban', 'russia']);
  });

  it('keeps sentences of a document in text order', () => {
    expect(index.sentencesByDocument.get('fx-a')!.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('answers direction and the other end of a relation', () => {
    expect(isDirected(index, 'meeting')).toBe(false);
    expect(isDirected(index, 'delisting')).toBe(true);
    expect(otherEnd(index.edges.get('fx-a#r01')!, 'taliban')).toBe('russia');
  });
});
