// Claims in plain words, on the committed graph (data/graph.json) and on small made-up graphs for
// what it does not hold (a denied claim, a type the taxonomy lacks, a file without statuses).
import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { CLAIM_STATUSES, validateGraph, type GraphEdge, type GraphFile } from '../graph-contract';
import { buildGraphIndex } from '../graph-index';
import { attributionParts, claimSentence, claimSentenceText, claimStatement, statementRuns } from './claim-sentence';
import { listKind, phrasedTypeIds, verbFormsOf } from './claim-verbs';

const checked = validateGraph(JSON.parse(graphText));
if (!checked.ok) throw new Error(`data/graph.json does not validate: ${JSON.stringify(checked.issues)}`);
const graph = checked.graph;
const index = buildGraphIndex(graph);
const SEED = '000_13209300025090b4';

const claimById = (id: string): GraphEdge => index.edges.get(id)!;
const statementOf = (edge: GraphEdge, idx = index): string => claimStatement(claimSentence(idx, edge));

function only(source: string, type: string, target: string, status: string): GraphEdge {
  const found = graph.edges.filter((e) => e.source === source && e.type === type && e.target === target && e.status === status);
  expect(found, `${source} ${type} ${target} ${status}`).toHaveLength(1);
  return found[0]!;
}

describe('claimSentence on the committed graph', () => {
  it("says Russia's decision to delist the Taliban as a decision, with speaker, relay and the day it appeared", () => {
    const decision = claimById(`${SEED}#r01`);
    expect(decision).toMatchObject({ status: 'decided', saidBy: 'zamir-kabulov', reportedBy: 'tass' });
    const s = claimSentence(index, decision);
    expect(claimStatement(s)).toBe('Russia decided to remove the Taliban from its list of terrorist organisations');
    // Undated in the text: the date shown is the article's, and says so.
    expect(attributionParts(s)).toEqual(['said by Zamir Kabulov', 'reported by TASS', 'published 5 Oct 2024']);
    expect(claimSentenceText(s)).toBe(
      'Russia decided to remove the Taliban from its list of terrorist organisations — said by Zamir Kabulov, reported by TASS, published 5 Oct 2024',
    );
  });

  it('says a hope as a hope, a plan as a plan, an announcement as an announcement', () => {
    expect(statementOf(only('russia', 'delisting', 'taliban', 'hoped'))).toBe('Russia hopes to remove the Taliban from its list');
    expect(statementOf(only('russian-security-agencies', 'delisting', 'taliban', 'planned'))).toBe(
      'Russian national security agencies plan to remove the Taliban from their list',
    );
    expect(statementOf(only('kazakhstan', 'delisting', 'taliban', 'announced'))).toBe(
      'Kazakhstan announced it will remove the Taliban from its list of banned organisations',
    );
    // The graph does not know a person's pronoun.
    expect(statementOf(only('vladimir-putin', 'pledge', 'taliban', 'announced'))).toBe('Vladimir Putin announced an intention to keep up ties with the Taliban');
  });

  it('says an allegation as one: "allegedly", "is accused of", or the accusation itself', () => {
    const rumour = only('kyrgyzstan', 'delisting', 'taliban', 'alleged');
    const s = claimSentence(index, rumour);
    expect(claimStatement(s)).toBe('Kyrgyzstan allegedly removed the Taliban from its list');
    expect(attributionParts(s)[0]).toBe('alleged by Azamat Yusupov');
    expect(statementOf(only('taliban', 'accusation', 'pakistan', 'alleged'))).toBe('The Taliban accused Pakistan');
    // A hostile deed alleged: the subject is accused of it (the fighting made up from a real claim).
    const fighting = graph.edges.find((e) => e.type === 'intervention' && e.source === 'taliban')!;
    expect(statementOf({ ...fighting, status: 'alleged' })).toBe('The Taliban is accused of fighting IS-Khorasan');
  });

  it('says a denial: the denial type names whose charges, a denied claim is denied', () => {
    expect(statementOf(only('pakistan', 'denial', 'taliban', 'asserted'))).toBe('Pakistan denied the charges of the Taliban');
    // No claim of the committed graph is denied: the decision, made denied.
    const denied = claimSentence(index, { ...claimById(`${SEED}#r01`), status: 'denied' });
    expect(claimStatement(denied)).toBe('It is denied that Russia removed the Taliban from its list of terrorist organisations');
    expect(attributionParts(denied)[0]).toBe('denied by Zamir Kabulov');
  });

  it('never says a claim that is not asserted as a fact: every claim, in every status, reads differently from the fact', () => {
    const marker = /\b(?:decided|announced|plans?|hopes?|allegedly|accused|denied)\b/;
    for (const edge of graph.edges) {
      const fact = statementOf({ ...edge, status: 'asserted' });
      for (const status of CLAIM_STATUSES) {
        if (status === 'asserted') continue;
        const said = statementOf({ ...edge, status });
        // An accusation is itself an allegation: alleged and asserted read alike, and both say "accused".
        if (status === 'alleged' && edge.type === 'accusation') {
          expect(said).toMatch(/\baccused\b/);
          continue;
        }
        expect(said, `${edge.id} as ${status}`).not.toBe(fact);
        expect(said, `${edge.id} as ${status}`).toMatch(marker);
      }
    }
  });

  it('never says a recognition step is a recognition', () => {
    for (const edge of graph.edges.filter((e) => e.type === 'recognition')) expect(statementOf(edge)).toMatch(/took a step towards recognising/);
  });

  it('gives its speaker only when it is not the subject, and the outlets when no relay is named', () => {
    const accusation = claimSentence(index, only('taliban', 'accusation', 'pakistan', 'alleged'));
    expect(accusation.speaker).toBeNull();
    expect(attributionParts(accusation)).toEqual(['reported by voanews.com', '23 Sep 2024 – 29 Sep 2024']);
    const uae = graph.edges.find((e) => e.id === '000_13209300025090b4#r64')!;
    expect(attributionParts(claimSentence(index, uae))).toContain('reported by AFP');
  });

  it('splits into runs whose actors carry their ids, and which join into the statement', () => {
    const s = claimSentence(index, claimById(`${SEED}#r01`));
    const runs = statementRuns(s);
    expect(runs.map((r) => r.text).join('')).toBe(claimStatement(s));
    expect(runs.filter((r) => r.actor).map((r) => [r.actor, r.text])).toEqual([
      ['russia', 'Russia'],
      ['taliban', 'Taliban'],
    ]);
  });
});

describe('the verbs of the taxonomy', () => {
  it('phrase every relation type of the committed graph', () => {
    const phrased = new Set(phrasedTypeIds());
    for (const type of graph.relationTypes) expect(phrased.has(type.id), type.id).toBe(true);
  });

  it('read intervention by its target, and affiliation by its member', () => {
    expect(verbFormsOf('intervention', { targetKind: 'state' })!.past).toBe('used armed force in {o}');
    expect(verbFormsOf('intervention', { targetKind: 'armed-group' })!.past).toBe('fought {o}');
    expect(verbFormsOf('affiliation', { sourceKind: 'person' })!.past).toBe('{is} affiliated with {o}');
    expect(verbFormsOf('affiliation', { sourceKind: 'agency' })!.past).toBe('{is} part of {o}');
    expect(verbFormsOf('no-such-type')).toBeUndefined();
  });

  it('name the list from the evidence words', () => {
    expect(listKind(['remove the Taliban from its list of terrorist organizations'])).toBe('list of terrorist organisations');
    expect(listKind(['remove sanctions on Afghanistan'])).toBe('sanctions list');
    expect(listKind(['its list of banned organizations'])).toBe('list of banned organisations');
    expect(listKind(['the Taliban may have been removed from the list'])).toBe('list');
  });
});

describe('claimSentence on graphs outside the taxonomy', () => {
  const small: GraphFile = {
    schemaVersion: 3,
    documents: [{ id: 'd1', title: 'A note', published: '2024-01-02', text: 'Alice knows Bob.', outlet: 'example.org' }],
    sentences: [{ id: 's1', documentId: 'd1', index: 0, start: 0, end: 16, text: 'Alice knows Bob.' }],
    nodes: [
      { id: 'alice', label: 'Alice', kind: 'person', aliases: [], mentions: [] },
      { id: 'bob', label: 'Bob', kind: 'person', aliases: [], mentions: [] },
    ],
    edges: [{ id: 'e1', source: 'alice', target: 'bob', type: 'knows', evidence: [{ sentenceId: 's1', quote: 'Alice knows Bob', start: 0, end: 15 }] }],
    relationTypes: [{ id: 'knows', label: 'Knows', color: '#123456', plover: '', polarity: 'neutral' }],
  };
  const smallIndex = buildGraphIndex(small);

  it('says only that the file links them, by what, for a type it cannot phrase or a claim without status', () => {
    expect(statementOf(small.edges[0]!, smallIndex)).toBe('Alice is linked to Bob by “Knows”');
    expect(statementOf({ ...small.edges[0]!, status: 'hoped' }, smallIndex)).toBe('Hoped: Alice is linked to Bob by “Knows”');
    // A known type without a status is no fact either.
    const support = buildGraphIndex({ ...small, relationTypes: [{ id: 'support', label: 'Support / alliance', color: '#009E73', plover: 'SUPPORT', polarity: 'cooperation' }] });
    expect(statementOf({ ...small.edges[0]!, type: 'support' }, support)).toBe('Alice is linked to Bob by “Support / alliance”');
    expect(statementOf({ ...small.edges[0]!, type: 'support', status: 'asserted' }, support)).toBe('Alice supported Bob');
  });

  it('dates a claim without a date by its article', () => {
    expect(attributionParts(claimSentence(smallIndex, small.edges[0]!))).toEqual(['reported by example.org', 'published 2 Jan 2024']);
  });
});
