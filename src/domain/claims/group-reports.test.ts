import { describe, expect, it } from 'vitest';
import type { GraphDocument, GraphEdge, RelationType } from '../graph-contract';
import { findClaimLinks } from './claim-links';
import { groupReports, type GroupingContext } from './group-reports';

// Two documents; each relation quotes sentence `<doc>#s0`.
const docs = new Map<string, GraphDocument>([
  ['a', { id: 'a', title: 'A', published: '2024-08-22', text: '', outlet: 'one.example' }],
  ['b', { id: 'b', title: 'B', published: '2024-10-05', text: '', outlet: 'two.example' }],
  ['c', { id: 'c', title: 'C', published: '2024-12-17', text: '', outlet: 'three.example', agency: 'AP' }],
]);
const ctx: GroupingContext = {
  documentOfSentence: (id) => id.split('#')[0],
  document: (id) => docs.get(id),
  isDirected: (type) => type !== 'talks',
};
let n = 0;
function rel(doc: string, source: string, type: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge {
  n += 1;
  return { id: `${doc}#r${n}`, source, target, type, evidence: [{ sentenceId: `${doc}#s0`, quote: `q${n}`, start: n, end: n + 1 }], ...extra };
}

describe('groupReports', () => {
  it('groups the same claim of several articles, keeping each article’s quote, and the first report’s id', () => {
    const a = rel('a', 'uae', 'accepts', 'taliban');
    const b = rel('b', 'uae', 'accepts', 'taliban', { saidBy: 'uae' });
    const [claim, ...rest] = groupReports([a, b], ctx);
    expect(rest).toEqual([]);
    expect(claim!.id).toBe(a.id);
    expect(claim!.reports!.map((r) => [r.id, r.documentId])).toEqual([[a.id, 'a'], [b.id, 'b']]);
    expect(claim!.evidence).toEqual([...a.evidence, ...b.evidence]);
    // The claim names the speaker a report gives.
    expect(claim!.saidBy).toBe('uae');
    expect(claim!.reports![0]!.saidBy).toBeUndefined();
  });

  it('leaves a single report as the relation it was', () => {
    const a = rel('a', 'x', 'accepts', 'y');
    expect(groupReports([a], ctx)).toEqual([a]);
  });

  it('keeps different statuses, directions and types apart, but joins both directions of an undirected type', () => {
    const out = groupReports(
      [
        rel('a', 'x', 'delisting', 'y', { status: 'hoped' }),
        rel('b', 'x', 'delisting', 'y', { status: 'decided' }),
        rel('a', 'y', 'delisting', 'x'),
        rel('a', 'x', 'talks', 'y'),
        rel('b', 'y', 'talks', 'x'),
      ],
      ctx,
    );
    expect(out.map((e) => e.reports?.length ?? 1)).toEqual([1, 1, 1, 2]);
  });

  it('never lets a machine draft join a reviewed claim', () => {
    const out = groupReports([rel('a', 'x', 'accepts', 'y'), rel('b', 'x', 'accepts', 'y', { review: 'suggested' })], ctx);
    expect(out).toHaveLength(2);
  });

  it('joins dates that overlap, a year with a state that begins in it, and undated reports near their article', () => {
    const out = groupReports(
      [
        rel('a', 'x', 'listing', 'y', { date: '2003/..' }),
        rel('b', 'x', 'listing', 'y', { date: '2003' }),
        rel('c', 'x', 'listing', 'y'),
        rel('a', 'x', 'support', 'y', { date: '2021/..' }),
        rel('b', 'x', 'support', 'y', { date: '2024-07' }),
        rel('c', 'x', 'support', 'y', { date: '2024-07-04' }),
        rel('a', 'x', 'recognition', 'y', { date: '../2001' }),
        rel('b', 'x', 'recognition', 'y'),
      ],
      ctx,
    );
    expect(out.map((e) => [e.type, e.date, e.reports?.length ?? 1])).toEqual([
      ['listing', '2003/..', 3],
      ['support', '2021/..', 1],
      ['support', '2024-07', 2],
      ['recognition', '../2001', 1],
      ['recognition', undefined, 1],
    ]);
  });
});

describe('findClaimLinks', () => {
  const types: RelationType[] = [
    { id: 'listing', label: 'Listing', color: '#000000', plover: '', polarity: 'conflict', ends: ['delisting'] },
    { id: 'delisting', label: 'Delisting', color: '#000000', plover: '', polarity: 'cooperation', ends: ['listing'] },
    { id: 'accusation', label: 'Accuses', color: '#000000', plover: '', polarity: 'conflict' },
    { id: 'denial', label: 'Denies', color: '#000000', plover: '', polarity: 'conflict', answers: ['accusation'] },
  ];
  const links = (edges: GraphEdge[]) => findClaimLinks(edges, types, ctx);

  it('a later removal, decided or done, supersedes the listing; a hoped or planned one does not', () => {
    const listing = rel('a', 'x', 'listing', 'y', { date: '2003/..' });
    const decided = rel('b', 'x', 'delisting', 'y', { status: 'decided' });
    const planned = rel('c', 'x', 'delisting', 'y', { status: 'planned' });
    const found = links([listing, decided, planned]);
    expect(found.supersedes.get(decided.id)).toEqual([listing.id]);
    expect(found.supersedes.get(planned.id)).toBeUndefined();
  });

  it('a claim further along (hoped → planned → decided → done) supersedes an earlier one of the same kind', () => {
    const hoped = rel('a', 'x', 'delisting', 'y', { status: 'hoped' });
    const done = rel('c', 'x', 'delisting', 'y');
    const laterHope = rel('c', 'x', 'delisting', 'y', { status: 'hoped', date: '2025' });
    const found = links([hoped, done, laterHope]);
    expect(found.supersedes.get(done.id)).toEqual([hoped.id]);
    expect(found.supersedes.get(laterHope.id)).toBeUndefined();
  });

  it('a denial of the same claim contradicts it; a denial answers the accusation its target made', () => {
    const claim = rel('a', 'x', 'accusation', 'y', { status: 'alleged', date: '2024-08' });
    const denied = rel('b', 'x', 'accusation', 'y', { status: 'denied' });
    const answer = rel('b', 'y', 'denial', 'x');
    const stale = rel('a', 'y', 'accusation', 'x', { date: '2019' });
    const found = links([claim, denied, answer, stale]);
    expect(found.contradicts.get(denied.id)).toEqual([claim.id]);
    expect(found.answers.get(answer.id)).toEqual([claim.id]);
  });
});
