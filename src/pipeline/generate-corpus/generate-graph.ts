// Turns the rendered synthetic documents into the graph contract (data/graph.json format), either
// in memory (small sizes, tests) or streamed section by section to a file: documents are rendered
// again for each section instead of being held, so memory stays flat even at 200,000 relations.
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import {
  SCHEMA_VERSION,
  type GraphDocument,
  type GraphEdge,
  type GraphFile,
  type GraphNode,
  type Mention,
  type RelationType,
  type Sentence,
} from '../../domain/graph-contract';
import type { CorpusPlan } from './plan';
import { docId, renderDocument, type RenderedDoc } from './render';

export function toDocument(doc: RenderedDoc): GraphDocument {
  return {
    id: doc.id,
    title: doc.title,
    published: doc.published,
    text: doc.text,
    place: doc.place,
    sourceFile: `${doc.id}.txt`,
    bodyStart: doc.bodyStart,
  };
}

const sentenceId = (doc: RenderedDoc, index: number): string => `${doc.id}#s${index}`;

export function toSentences(doc: RenderedDoc): Sentence[] {
  return doc.sentences.map((s, index) => ({
    id: sentenceId(doc, index),
    documentId: doc.id,
    index,
    start: s.start,
    end: s.end,
    text: doc.text.slice(s.start, s.end),
  }));
}

export function toEdges(plan: CorpusPlan, doc: RenderedDoc): GraphEdge[] {
  const actorId = (i: number): string => plan.actors[i]!.id;
  return doc.relations.map((r) => ({
    id: `${doc.id}#${r.localId}`,
    source: actorId(r.source),
    target: actorId(r.target),
    type: plan.types[r.type]!.id,
    evidence: r.evidence.map((e) => ({ sentenceId: sentenceId(doc, e.sentence), quote: e.quote, start: e.start, end: e.end })),
    ...(r.when
      ? { date: r.when.date, dateInfo: { text: r.when.text, precision: r.when.precision, anchor: doc.published } }
      : {}),
    status: r.status,
    ...(r.saidBy !== undefined ? { saidBy: actorId(r.saidBy) } : {}),
    ...(r.reportedBy !== undefined ? { reportedBy: actorId(r.reportedBy) } : {}),
    ...(r.note ? { note: r.note } : {}),
  }));
}

/** All mentions of the corpus in compact columns, in document order (the order nodes list them). */
class MentionIndex {
  readonly actor: number[] = [];
  readonly doc: number[] = [];
  readonly sentence: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  /** Index of the surface string in the actor's aliases. */
  readonly alias: number[] = [];

  add(plan: CorpusPlan, doc: RenderedDoc): void {
    for (const m of doc.mentions) {
      this.actor.push(m.actor);
      this.doc.push(doc.index);
      this.sentence.push(m.sentence);
      this.start.push(m.start);
      this.end.push(m.end);
      this.alias.push(plan.actors[m.actor]!.aliases.indexOf(m.text));
    }
  }

  *nodes(plan: CorpusPlan): Iterable<GraphNode> {
    // Counting sort by actor keeps each actor's mentions in document order.
    const n = plan.actors.length;
    const offsets = new Int32Array(n + 1);
    for (const a of this.actor) offsets[a + 1]! += 1;
    for (let i = 0; i < n; i += 1) offsets[i + 1]! += offsets[i]!;
    const order = new Int32Array(this.actor.length);
    const fill = offsets.slice(0, n);
    for (let k = 0; k < this.actor.length; k += 1) order[fill[this.actor[k]!]!++] = k;
    for (const actor of plan.actors) {
      const from = offsets[actor.index]!;
      const to = offsets[actor.index + 1]!;
      if (from === to) continue;
      const mentions: Mention[] = [];
      for (let j = from; j < to; j += 1) {
        const k = order[j]!;
        mentions.push({
          sentenceId: `${docId(this.doc[k]!)}#s${this.sentence[k]}`,
          start: this.start[k]!,
          end: this.end[k]!,
          text: actor.aliases[this.alias[k]!]!,
          via: 'alias',
        });
      }
      yield {
        id: actor.id,
        label: actor.label,
        kind: actor.kind,
        aliases: actor.aliases,
        mentions,
        ...(actor.role ? { role: `${actor.role.title} of ${plan.actors[actor.role.of]!.label}` } : {}),
        description: actor.description,
      };
    }
  }
}

export interface CorpusStats {
  documents: number;
  sentences: number;
  nodes: number;
  edges: number;
  mentions: number;
  /** Planned relations left out for want of a unique quote. */
  dropped: number;
}

/** The graph, section by section; each section renders the documents again. */
export class GraphSections {
  private index: MentionIndex | undefined;
  readonly stats: CorpusStats = { documents: 0, sentences: 0, nodes: 0, edges: 0, mentions: 0, dropped: 0 };

  constructor(private readonly plan: CorpusPlan) {}

  get relationTypes(): RelationType[] {
    return this.plan.types;
  }

  private *rendered(): Iterable<RenderedDoc> {
    for (let d = 0; d < this.plan.docStart.length - 1; d += 1) yield renderDocument(this.plan, d);
  }

  private mentionIndex(): MentionIndex {
    if (!this.index) {
      const index = new MentionIndex();
      for (const doc of this.rendered()) index.add(this.plan, doc);
      this.index = index;
    }
    return this.index;
  }

  /** Documents; as a side effect the mention index is collected, sparing nodes() a pass. */
  *documents(): Iterable<GraphDocument> {
    const index = this.index ? undefined : new MentionIndex();
    this.stats.documents = 0;
    this.stats.dropped = 0;
    for (const doc of this.rendered()) {
      index?.add(this.plan, doc);
      this.stats.documents += 1;
      this.stats.dropped += doc.dropped;
      yield toDocument(doc);
    }
    if (index) this.index = index;
  }

  *sentences(): Iterable<Sentence> {
    this.stats.sentences = 0;
    for (const doc of this.rendered()) {
      for (const s of toSentences(doc)) {
        this.stats.sentences += 1;
        yield s;
      }
    }
  }

  *nodes(): Iterable<GraphNode> {
    this.stats.nodes = 0;
    this.stats.mentions = 0;
    for (const node of this.mentionIndex().nodes(this.plan)) {
      this.stats.nodes += 1;
      this.stats.mentions += node.mentions.length;
      yield node;
    }
  }

  *edges(): Iterable<GraphEdge> {
    this.stats.edges = 0;
    for (const doc of this.rendered()) {
      for (const e of toEdges(this.plan, doc)) {
        this.stats.edges += 1;
        yield e;
      }
    }
  }
}

/** The whole graph in memory: for tests and small sizes. */
export function buildSyntheticGraph(plan: CorpusPlan): GraphFile {
  const sections = new GraphSections(plan);
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: [...sections.documents()],
    sentences: [...sections.sentences()],
    nodes: [...sections.nodes()],
    edges: [...sections.edges()],
    relationTypes: sections.relationTypes,
  };
}

export interface Sink {
  write(chunk: string): void;
}

/**
 * Writes the graph as JSON, item by item. Pretty output is byte-identical to
 * `JSON.stringify(graph, null, 2) + "\n"` (the pipeline's format); compact output is one line.
 */
export function writeGraphJson(sink: Sink, sections: GraphSections, compact = false): void {
  const parts: Array<[string, () => Iterable<unknown>]> = [
    ['documents', () => sections.documents()],
    ['sentences', () => sections.sentences()],
    ['nodes', () => sections.nodes()],
    ['edges', () => sections.edges()],
    ['relationTypes', () => sections.relationTypes],
  ];
  sink.write(compact ? `{"schemaVersion":${SCHEMA_VERSION}` : `{\n  "schemaVersion": ${SCHEMA_VERSION}`);
  for (const [key, items] of parts) {
    let count = 0;
    if (compact) {
      sink.write(`,"${key}":[`);
      for (const item of items()) sink.write((count++ ? ',' : '') + JSON.stringify(item));
      sink.write(']');
    } else {
      sink.write(`,\n  "${key}": [`);
      for (const item of items()) {
        // Items sit two levels deep: indent every line of their own pretty form by four spaces.
        sink.write(`${count++ ? ',' : ''}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`);
      }
      sink.write(count ? '\n  ]' : ']');
    }
  }
  sink.write(compact ? '}\n' : '\n}\n');
}

/** A file sink that batches writes (about 1 MB each) and replaces the target only when complete. */
export function writeGraphFile(path: string, sections: GraphSections, compact = false): number {
  const temp = `${path}.partial`;
  const fd = openSync(temp, 'w');
  let buffer: string[] = [];
  let buffered = 0;
  let bytes = 0;
  const flush = (): void => {
    if (buffered === 0) return;
    const data = Buffer.from(buffer.join(''), 'utf8');
    for (let at = 0; at < data.length; ) at += writeSync(fd, data, at);
    bytes += data.length;
    buffer = [];
    buffered = 0;
  };
  try {
    writeGraphJson(
      {
        write(chunk) {
          buffer.push(chunk);
          buffered += chunk.length;
          if (buffered > 1 << 20) flush();
        },
      },
      sections,
      compact,
    );
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  return bytes;
}
