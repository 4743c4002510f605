// Arbitraries for the fuzz suites: valid graph files built from the contract
// (src/domain/graph-contract.ts), and mutations that break them the ways real files break.
// A graph is drawn as raw material (ids, texts, picks by number) and assembled by a pure
// function, so fast-check shrinks it like plain data.
import fc from 'fast-check';
import { CLAIM_STATUSES, DATE_PRECISIONS, POLARITIES, SCHEMA_VERSION, type GraphEdge, type GraphFile, type GraphNode, type Report } from '../graph-contract';

/** Names that a plain object already has: as ids or keys they must behave like any other. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'] as const;

export const idArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
);

/** A word: ASCII mostly, sometimes any Unicode (astral planes, combining marks, RTL). */
const wordArb = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z]{1,9}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
);
export const sentenceTextArb: fc.Arbitrary<string> = fc.array(wordArb, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(' ')}.`);

/** A calendar day as YYYY-MM-DD. */
export const isoDayArb: fc.Arbitrary<string> = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A valid EDTF date of the contract: a day, month or year, or an interval that does not end before it starts. */
export const edtfArb: fc.Arbitrary<string> = fc.oneof(
  isoDayArb,
  isoDayArb.map((d) => d.slice(0, 7)),
  isoDayArb.map((d) => d.slice(0, 4)),
  isoDayArb.map((d) => `${d.slice(0, 4)}/..`),
  isoDayArb.map((d) => `../${d}`),
  fc.tuple(isoDayArb, isoDayArb).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)),
);

/** An object with these own keys, `__proto__` included (as JSON.parse makes them, not as `o[k] = v` would). */
export function ownRecord<V>(entries: ReadonlyArray<readonly [string, V]>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

const pick = fc.nat({ max: 1000 });
const spanPick = fc.record({ sentence: pick, from: pick, length: pick });

/** Names of free attributes (`attributes` of nodes and edges): words, or any text. */
export const attributeKeyArb: fc.Arbitrary<string> = fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}$/), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }));

export interface GraphShape {
  /** Ids of relation types, nodes and edges (default: idArb, prototype names included). */
  ids?: fc.Arbitrary<string>;
  /** Names of free attributes (default: attributeKeyArb). */
  attributeKeys?: fc.Arbitrary<string>;
}

const rawGraph = ({ ids = idArb, attributeKeys = attributeKeyArb }: GraphShape) => {
  const attributesArb = fc.option(
    fc.uniqueArray(fc.tuple(attributeKeys, fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean())), { maxLength: 3, selector: ([k]) => k }),
    { nil: undefined },
  );
  return fc.record({
    documents: fc.array(
      fc.record({
        sentences: fc.array(sentenceTextArb, { minLength: 1, maxLength: 5 }),
        title: fc.string({ minLength: 1, maxLength: 20 }),
        published: isoDayArb,
        place: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
        bodyStart: fc.option(pick, { nil: undefined }),
        cites: fc.array(pick, { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    typeIds: fc.uniqueArray(ids, { minLength: 1, maxLength: 3 }),
    nodeIds: fc.uniqueArray(ids, { minLength: 1, maxLength: 6 }),
    edgeIds: fc.uniqueArray(ids, { maxLength: 8 }),
    types: fc.array(fc.record({ color: fc.stringMatching(/^#[0-9a-fA-F]{6}$/), polarity: fc.constantFrom(...POLARITIES), directed: fc.option(fc.boolean(), { nil: undefined }), ends: fc.array(pick, { maxLength: 2 }) }), { minLength: 3, maxLength: 3 }),
    nodes: fc.array(
      fc.record({
        label: fc.string({ minLength: 1, maxLength: 12 }),
        kind: fc.constantFrom('person', 'state', 'organisation', '__proto__', 'constructor'),
        aliases: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
        mentions: fc.array(fc.record({ span: spanPick, withText: fc.boolean() }), { maxLength: 3 }),
        attributes: attributesArb,
        review: fc.constantFrom(undefined, 'suggested', 'reviewed'),
      }),
      { minLength: 6, maxLength: 6 },
    ),
    edges: fc.array(
      fc.record({
        source: pick,
        target: pick,
        type: pick,
        evidence: fc.array(spanPick, { minLength: 1, maxLength: 2 }),
        date: fc.option(edtfArb, { nil: undefined }),
        precision: fc.constantFrom(...DATE_PRECISIONS),
        status: fc.option(fc.constantFrom(...CLAIM_STATUSES), { nil: undefined }),
        saidBy: fc.option(pick, { nil: undefined }),
        reports: fc.option(fc.array(spanPick, { minLength: 1, maxLength: 2 }), { nil: undefined }),
        supersedes: fc.array(pick, { maxLength: 2 }),
        attributes: attributesArb,
      }),
      { minLength: 8, maxLength: 8 },
    ),
  });
};

export type RawGraph = ReturnType<typeof rawGraph> extends fc.Arbitrary<infer R> ? R : never;

interface PlacedSentence {
  id: string;
  documentId: string;
  start: number;
  end: number;
}

/** The span a pick names: a non-empty slice of one sentence. */
function spanOf(sentences: readonly PlacedSentence[], p: { sentence: number; from: number; length: number }) {
  const s = sentences[p.sentence % sentences.length]!;
  const start = s.start + (p.from % (s.end - s.start));
  const end = start + 1 + (p.length % (s.end - start));
  return { s, start, end };
}

/** A graph file that follows the contract, from raw material. */
export function assembleGraph(raw: RawGraph): GraphFile {
  const taken = new Set<string>();
  const fresh = (ids: readonly string[]): string[] => ids.filter((id) => !taken.has(id) && (taken.add(id), true));
  const typeIds = fresh(raw.typeIds);
  const nodeIds = fresh(raw.nodeIds);
  const edgeIds = fresh(raw.edgeIds);

  const documents: GraphFile['documents'] = [];
  const sentences: GraphFile['sentences'] = [];
  for (const [i, d] of raw.documents.entries()) {
    const id = `doc-${i}`;
    let text = '';
    for (const [k, body] of d.sentences.entries()) {
      if (k) text += ' ';
      sentences.push({ id: `${id}#s${k}`, documentId: id, index: k, start: text.length, end: text.length + body.length, text: body });
      text += body;
    }
    documents.push({
      id,
      title: d.title,
      published: d.published,
      text,
      ...(d.place !== undefined ? { place: d.place } : {}),
      ...(d.bodyStart !== undefined ? { bodyStart: d.bodyStart % (text.length + 1) } : {}),
      ...(d.cites.length && nodeIds.length ? { cites: d.cites.map((c) => nodeIds[c % nodeIds.length]!) } : {}),
    });
  }
  const textOf = new Map(documents.map((d) => [d.id, d.text]));
  const slice = (documentId: string, start: number, end: number) => textOf.get(documentId)!.slice(start, end);
  const evidenceOf = (p: RawGraph['edges'][number]['evidence'][number]) => {
    const { s, start, end } = spanOf(sentences, p);
    return { sentenceId: s.id, quote: slice(s.documentId, start, end), start, end };
  };

  const relationTypes = typeIds.map((id, i) => {
    const t = raw.types[i % raw.types.length]!;
    return {
      id,
      label: `Type ${i}`,
      color: t.color,
      plover: '',
      polarity: t.polarity,
      ...(t.directed !== undefined ? { directed: t.directed } : {}),
      ...(t.ends.length ? { ends: t.ends.map((e) => typeIds[e % typeIds.length]!) } : {}),
    };
  });
  const nodes: GraphNode[] = nodeIds.map((id, i) => {
    const n = raw.nodes[i % raw.nodes.length]!;
    const mentions = n.mentions.map(({ span, withText }) => {
      const { s, start, end } = spanOf(sentences, span);
      return { sentenceId: s.id, start, end, ...(withText ? { text: slice(s.documentId, start, end) } : {}) };
    });
    return {
      id,
      label: n.label,
      kind: n.kind,
      aliases: n.aliases,
      mentions,
      ...(n.attributes?.length ? { attributes: ownRecord(n.attributes) } : {}),
      ...(n.review !== undefined ? { review: n.review } : {}),
    };
  });
  const edges: GraphEdge[] = [];
  if (nodeIds.length) {
    for (const [i, id] of edgeIds.entries()) {
      const e = raw.edges[i % raw.edges.length]!;
      const evidence = e.evidence.map(evidenceOf);
      const reports: Report[] | undefined = e.reports && [
        { id, documentId: sentences.find((s) => s.id === evidence[0]!.sentenceId)!.documentId, evidence: [evidence[0]!] },
        ...e.reports.map((p, k) => {
          const ev = evidenceOf(p);
          return { id: `${id}~report${k}`, documentId: sentences.find((s) => s.id === ev.sentenceId)!.documentId, evidence: [ev] };
        }),
      ];
      const supersedes = e.supersedes.map((k) => edgeIds[k % edgeIds.length]!).filter((other) => other !== id);
      edges.push({
        id,
        source: nodeIds[e.source % nodeIds.length]!,
        target: nodeIds[e.target % nodeIds.length]!,
        type: typeIds[e.type % typeIds.length]!,
        evidence,
        ...(e.date !== undefined ? { date: e.date, dateInfo: { text: 'then', precision: e.precision, anchor: raw.documents[0]!.published } } : {}),
        ...(e.status !== undefined ? { status: e.status } : {}),
        ...(e.saidBy !== undefined ? { saidBy: nodeIds[e.saidBy % nodeIds.length]! } : {}),
        ...(e.attributes?.length ? { attributes: ownRecord(e.attributes) } : {}),
        ...(reports && reports.every((r) => !taken.has(r.id) || r.id === id) ? { reports } : {}),
        ...(supersedes.length ? { supersedes: [...new Set(supersedes)] } : {}),
      });
    }
  }
  return { schemaVersion: SCHEMA_VERSION, documents, sentences, nodes, edges, relationTypes };
}

/** Graph files that follow the contract, as JSON.parse would hand them over (own `__proto__` keys kept). */
export const validGraphArb = (shape: GraphShape = {}): fc.Arbitrary<GraphFile> =>
  rawGraph(shape).map((raw) => JSON.parse(JSON.stringify(assembleGraph(raw))) as GraphFile);

/** The same graphs as text. */
export const graphTextArb = (shape: GraphShape = {}): fc.Arbitrary<string> => rawGraph(shape).map((raw) => JSON.stringify(assembleGraph(raw), null, 1));
