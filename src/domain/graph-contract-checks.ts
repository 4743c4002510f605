// The contract's integrity checks, run once the shape (zod) is right: what one field cannot tell
// alone. Every id is data: lookups go through Map and Set, never a plain object, so ids such as
// "constructor" or "__proto__" behave like any other.
import type { ContractIssue, GraphDocument, GraphEdge, GraphFile, Sentence } from './graph-contract';

type Add = (path: string, message: string) => void;

const QUOTE_MAX = 100;

/** A string from the file, quoted for a message: a long one in part, so that the message stays readable. */
export function quoteInput(s: string): string {
  if (s.length <= QUOTE_MAX) return `"${s}"`;
  // Never cut a surrogate pair in two.
  const cut = /[\uD800-\uDBFF]/.test(s.charAt(QUOTE_MAX - 1)) ? QUOTE_MAX - 1 : QUOTE_MAX;
  return `"${s.slice(0, cut)}…" (${s.length} characters)`;
}

/** Thrown by `add` when the limit is reached: a broken large file stays quick to report. */
const FULL = Symbol('limit reached');

/** Appends the integrity issues of `graph` to `issues`, stopping once there are `limit` of them. */
export function collectIntegrityIssues(graph: GraphFile, issues: ContractIssue[], limit: number): void {
  if (issues.length >= limit) return;
  const add: Add = (path, message) => {
    issues.push({ path, message });
    if (issues.length >= limit) throw FULL;
  };
  try {
    checkGraph(graph, add);
  } catch (error) {
    if (error !== FULL) throw error;
  }
}

function checkGraph(graph: GraphFile, add: Add): void {
  const docs = checkDocuments(graph.documents, add);
  const sentences = checkSentences(graph.sentences, docs, add);
  const ids = checkIdSpace(graph, add);
  const span = spanChecker(docs, sentences, add);
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const typeIds = new Set(graph.relationTypes.map((t) => t.id));
  for (const [i, n] of graph.nodes.entries()) {
    for (const [j, m] of n.mentions.entries()) span(`nodes[${i}].mentions[${j}]`, m.sentenceId, m.start, m.end, m.text);
  }
  for (const [i, t] of graph.relationTypes.entries()) {
    for (const field of ['ends', 'answers'] as const) {
      for (const [j, id] of (t[field] ?? []).entries()) {
        if (!typeIds.has(id)) add(`relationTypes[${i}].${field}[${j}]`, `refers to unknown relation type ${quoteInput(id)}`);
      }
    }
  }
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  const reportIds = new Set<string>();
  for (const [i, e] of graph.edges.entries()) {
    const at = `edges[${i}]`;
    if (!nodeIds.has(e.source)) add(`${at}.source`, `refers to unknown node ${quoteInput(e.source)}`);
    if (!nodeIds.has(e.target)) add(`${at}.target`, `refers to unknown node ${quoteInput(e.target)}`);
    if (!typeIds.has(e.type)) add(`${at}.type`, `refers to unknown relation type ${quoteInput(e.type)}`);
    if (e.saidBy !== undefined && !nodeIds.has(e.saidBy)) add(`${at}.saidBy`, `refers to unknown node ${quoteInput(e.saidBy)}`);
    if (e.reportedBy !== undefined && !nodeIds.has(e.reportedBy)) add(`${at}.reportedBy`, `refers to unknown node ${quoteInput(e.reportedBy)}`);
    for (const [j, ev] of e.evidence.entries()) span(`${at}.evidence[${j}]`, ev.sentenceId, ev.start, ev.end, ev.quote);
    checkReports(e, at, { ids, reportIds, docs, sentences, span }, add);
    for (const field of ['supersedes', 'contradicts', 'answers'] as const) {
      for (const [j, id] of (e[field] ?? []).entries()) {
        if (id === e.id) add(`${at}.${field}[${j}]`, 'a claim cannot link to itself');
        else if (!edgeIds.has(id)) add(`${at}.${field}[${j}]`, `refers to unknown relation ${quoteInput(id)}`);
      }
    }
  }
  for (const [i, d] of graph.documents.entries()) {
    for (const [j, id] of (d.cites ?? []).entries()) {
      if (!nodeIds.has(id)) add(`documents[${i}].cites[${j}]`, `refers to unknown node ${quoteInput(id)}`);
    }
  }
}

function checkDocuments(documents: readonly GraphDocument[], add: Add): Map<string, GraphDocument> {
  const docs = new Map<string, GraphDocument>();
  for (const [i, d] of documents.entries()) {
    if (docs.has(d.id)) add(`documents[${i}].id`, `duplicate document id ${quoteInput(d.id)} (first at documents[${documents.findIndex((x) => x.id === d.id)}])`);
    else docs.set(d.id, d);
    if (d.bodyStart !== undefined && d.bodyStart > d.text.length) {
      add(`documents[${i}].bodyStart`, `${d.bodyStart} is beyond the end of the text (length ${d.text.length})`);
    }
  }
  return docs;
}

/** Sentences: known document, a non-empty span inside its text, in text order without overlap. */
function checkSentences(list: readonly Sentence[], docs: ReadonlyMap<string, GraphDocument>, add: Add): Map<string, Sentence> {
  const sentences = new Map<string, Sentence>();
  /** Per document, the index of its sentence that ends last so far. */
  const lastOf = new Map<string, number>();
  for (const [i, s] of list.entries()) {
    const at = `sentences[${i}]`;
    if (sentences.has(s.id)) add(`${at}.id`, `duplicate sentence id ${quoteInput(s.id)} (first at sentences[${list.findIndex((x) => x.id === s.id)}])`);
    else sentences.set(s.id, s);
    const doc = docs.get(s.documentId);
    if (!doc) {
      add(`${at}.documentId`, `refers to unknown document ${quoteInput(s.documentId)}`);
      continue;
    }
    if (s.end > doc.text.length) {
      add(`${at}.end`, `offsets ${s.start}..${s.end} fall outside document ${quoteInput(doc.id)} (length ${doc.text.length})`);
      continue;
    }
    if (s.end <= s.start) {
      add(`${at}.end`, `offsets ${s.start}..${s.end} are empty or reversed: a sentence ends after it starts`);
      continue;
    }
    const p = lastOf.get(doc.id);
    const prev = p === undefined ? undefined : list[p];
    if (prev && s.start < prev.end) {
      const how = s.start < prev.start ? 'come before' : 'overlap';
      add(`${at}.start`, `offsets ${s.start}..${s.end} ${how} sentence ${quoteInput(prev.id)} (${prev.start}..${prev.end}, sentences[${p}]): a document's sentences are listed in text order without overlap`);
    }
    if (!prev || s.end > prev.end) lastOf.set(doc.id, i);
    if (doc.text.slice(s.start, s.end) !== s.text) add(`${at}.text`, `does not equal the document text between ${s.start} and ${s.end}`);
  }
  return sentences;
}

/** Where an id was first given: a relation type, node or edge, by its index in the graph's list. */
interface IdSpace {
  owner(id: string): string | undefined;
}

const KINDS = [
  ['relation type', 'relationTypes', 'a relation type'],
  ['node', 'nodes', 'a node'],
  ['edge', 'edges', 'an edge'],
] as const;

/**
 * Relation types, nodes and edges share one id space: the canvas draws nodes and edges as elements
 * of one collection, so an edge whose id is a node's would never be drawn, and a relation id is
 * looked up among claims and reports alike.
 */
function checkIdSpace(graph: GraphFile, add: Add): IdSpace {
  // The value is a position in types, then nodes, then edges: no object per id on large graphs.
  const ids = new Map<string, number>();
  const lists = [graph.relationTypes, graph.nodes, graph.edges] as const;
  const place = (n: number): { kind: string; path: string; owner: string } => {
    for (const [k, list] of lists.entries()) {
      const [kind, field, article] = KINDS[k]!;
      if (n < list.length) return { kind, path: `${field}[${n}].id`, owner: `${article} (${field}[${n}].id)` };
      n -= list.length;
    }
    throw new Error(`no id at position ${n}`);
  };
  let n = 0;
  for (const [k, list] of lists.entries()) {
    const [kind, field] = KINDS[k]!;
    for (const [i, { id }] of list.entries()) {
      const first = ids.get(id);
      if (first === undefined) ids.set(id, n);
      else {
        const was = place(first);
        const path = `${field}[${i}].id`;
        if (was.kind === kind) add(path, `duplicate ${kind} id ${quoteInput(id)} (first at ${was.path})`);
        else add(path, `${kind} id ${quoteInput(id)} is already the id of ${was.owner}: relation types, nodes and edges need distinct ids`);
      }
      n++;
    }
  }
  return { owner: (id) => (ids.has(id) ? place(ids.get(id)!).owner : undefined) };
}

interface ReportScope {
  ids: IdSpace;
  reportIds: Set<string>;
  docs: ReadonlyMap<string, GraphDocument>;
  sentences: ReadonlyMap<string, Sentence>;
  span: SpanCheck;
}

/** A claim's reports: ids in the edges' id space (a claim keeps its first report's id), each quoting its own document. */
function checkReports(e: GraphEdge, at: string, scope: ReportScope, add: Add): void {
  for (const [j, r] of (e.reports ?? []).entries()) {
    const rat = `${at}.reports[${j}]`;
    const owner = r.id === e.id ? undefined : scope.ids.owner(r.id);
    if (owner) add(`${rat}.id`, `report id ${quoteInput(r.id)} is already the id of ${owner}: a report may share only its own claim's id`);
    if (scope.reportIds.has(r.id)) add(`${rat}.id`, `report ${quoteInput(r.id)} is listed twice`);
    else scope.reportIds.add(r.id);
    if (!scope.docs.has(r.documentId)) add(`${rat}.documentId`, `refers to unknown document ${quoteInput(r.documentId)}`);
    for (const [k, ev] of r.evidence.entries()) {
      scope.span(`${rat}.evidence[${k}]`, ev.sentenceId, ev.start, ev.end, ev.quote);
      const docId = scope.sentences.get(ev.sentenceId)?.documentId;
      if (docId !== undefined && docId !== r.documentId) add(`${rat}.evidence[${k}].sentenceId`, `quotes document ${quoteInput(docId)}, not the report's ${quoteInput(r.documentId)}`);
    }
  }
}

/** Checks a quoted span against its sentence. */
type SpanCheck = (at: string, sentenceId: string, start: number, end: number, text: string | undefined) => void;

function spanChecker(docs: ReadonlyMap<string, GraphDocument>, sentences: ReadonlyMap<string, Sentence>, add: Add): SpanCheck {
  return (at, sentenceId, start, end, text) => {
    const s = sentences.get(sentenceId);
    if (!s) return add(`${at}.sentenceId`, `refers to unknown sentence ${quoteInput(sentenceId)}`);
    if (start < s.start || end > s.end || end <= start) {
      return add(`${at}.start`, `offsets ${start}..${end} fall outside sentence ${quoteInput(sentenceId)} (${s.start}..${s.end})`);
    }
    const doc = docs.get(s.documentId);
    if (doc && text !== undefined && doc.text.slice(start, end) !== text) {
      add(at, `quoted text ${quoteInput(text)} does not equal the document text between ${start} and ${end}`);
    }
  };
}
