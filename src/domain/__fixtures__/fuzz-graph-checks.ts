// What the fuzz suites assert about a loaded graph (its invariants) and about a refusal (every
// message says where). Plain throws, so a failing case names the broken rule.
import { buildGraphIndex } from '../graph-index';
import type { ContractIssue, GraphFile } from '../graph-contract';

function fail(message: string): never {
  throw new Error(message);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Throws unless `graph` keeps the contract's promises, and its index builds and agrees with it. */
export function assertGraphInvariants(graph: GraphFile): void {
  const owner = new Map<string, string>();
  const claim = (id: string, what: string) => {
    const before = owner.get(id);
    if (before !== undefined) fail(`id ${JSON.stringify(id)} of ${what} is also the id of ${before}`);
    owner.set(id, what);
  };
  graph.relationTypes.forEach((t, i) => claim(t.id, `relationTypes[${i}]`));
  graph.nodes.forEach((n, i) => claim(n.id, `nodes[${i}]`));
  graph.edges.forEach((e, i) => claim(e.id, `edges[${i}]`));
  const docs = new Map<string, GraphFile['documents'][number]>();
  for (const [i, d] of graph.documents.entries()) {
    if (docs.has(d.id)) fail(`documents[${i}]: duplicate document id ${JSON.stringify(d.id)}`);
    docs.set(d.id, d);
    if (!isCalendarDay(d.published)) fail(`documents[${i}].published ${JSON.stringify(d.published)} is not a calendar day`);
    if (d.bodyStart !== undefined && !(Number.isInteger(d.bodyStart) && d.bodyStart >= 0 && d.bodyStart <= d.text.length)) fail(`documents[${i}].bodyStart ${d.bodyStart} is outside the text`);
  }
  const sentences = new Map<string, GraphFile['sentences'][number]>();
  for (const [i, s] of graph.sentences.entries()) {
    if (sentences.has(s.id)) fail(`sentences[${i}]: duplicate sentence id ${JSON.stringify(s.id)}`);
    sentences.set(s.id, s);
    const doc = docs.get(s.documentId) ?? fail(`sentences[${i}] is in no document`);
    if (!(s.start >= 0 && s.start < s.end && s.end <= doc.text.length)) fail(`sentences[${i}] ${s.start}..${s.end} is not inside its text (${doc.text.length})`);
    if (doc.text.slice(s.start, s.end) !== s.text) fail(`sentences[${i}].text is not its span of the document`);
  }
  const span = (at: string, sentenceId: string, start: number, end: number, text: string | undefined) => {
    const s = sentences.get(sentenceId) ?? fail(`${at} quotes no known sentence`);
    if (!(s.start <= start && start < end && end <= s.end)) fail(`${at} ${start}..${end} is not inside its sentence ${s.start}..${s.end}`);
    if (text !== undefined && docs.get(s.documentId)!.text.slice(start, end) !== text) fail(`${at} is not the text it points at`);
  };
  const isNode = (id: string) => owner.get(id)?.startsWith('nodes[') === true;
  for (const [i, n] of graph.nodes.entries()) n.mentions.forEach((m, j) => span(`nodes[${i}].mentions[${j}]`, m.sentenceId, m.start, m.end, m.text));
  for (const [i, e] of graph.edges.entries()) {
    if (!isNode(e.source) || !isNode(e.target)) fail(`edges[${i}] ${e.source} → ${e.target} has an end that is not a node`);
    if (!owner.get(e.type)?.startsWith('relationTypes[')) fail(`edges[${i}].type ${JSON.stringify(e.type)} is not a relation type`);
    if (e.evidence.length === 0) fail(`edges[${i}] has no evidence`);
    e.evidence.forEach((ev, j) => span(`edges[${i}].evidence[${j}]`, ev.sentenceId, ev.start, ev.end, ev.quote));
  }

  const index = buildGraphIndex(graph);
  const sizes: Array<[string, number, number]> = [
    ['nodes', index.nodes.size, graph.nodes.length],
    ['edges', index.edges.size, graph.edges.length],
    ['types', index.types.size, graph.relationTypes.length],
    ['documents', index.documents.size, graph.documents.length],
    ['sentences', index.sentences.size, graph.sentences.length],
  ];
  for (const [what, got, want] of sizes) if (got !== want) fail(`the index holds ${got} ${what}, the file ${want}`);
  for (const id of index.edgesByNode.keys()) if (!index.nodes.has(id)) fail(`the index lists edges of ${JSON.stringify(id)}, which is no node`);
  for (const [id, degree] of index.degree) if (!index.nodes.has(id) || degree < 0) fail(`the index has a degree for ${JSON.stringify(id)}`);
}

const SEGMENT = /^(?:\.?([^.[\]]+)|\[(\d+)\])/;

/** Splits `edges[3].evidence[0].start` into its keys; undefined if it is not a path. */
function parsePath(path: string): Array<string | number> | undefined {
  const keys: Array<string | number> = [];
  for (let rest = path; rest; ) {
    const m = SEGMENT.exec(rest);
    if (!m) return undefined;
    keys.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
    rest = rest.slice(m[0].length);
  }
  return keys;
}

/**
 * Throws unless `path` names a place in `data`: every key exists but perhaps the last (a missing
 * field). Inside `attributes` any key goes: a free attribute name may hold dots and brackets.
 */
export function assertPathIn(data: unknown, path: string): void {
  if (path === '(root)') return;
  const keys = parsePath(path) ?? fail(`${JSON.stringify(path)} is not a field path`);
  let v: unknown = data;
  for (const [i, k] of keys.entries()) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, k)) {
      if (i === keys.length - 1 || keys[i - 1] === 'attributes') return;
      fail(`${JSON.stringify(path)} does not name a place in the file: no ${JSON.stringify(k)} at ${keys.slice(0, i).join('.') || 'the root'}`);
    }
    v = (v as Record<string | number, unknown>)[k];
  }
}

/** Throws unless a refusal lists problems, each with a message and a path into `data`. */
export function assertLocatedIssues(data: unknown, issues: readonly ContractIssue[]): void {
  if (issues.length === 0) fail('a refusal without a single issue');
  for (const issue of issues) {
    if (!issue.message.trim()) fail(`an issue at ${issue.path} without a message`);
    if (/\n\s+at /.test(issue.message)) fail(`a stack trace in the message at ${issue.path}`);
    assertPathIn(data, issue.path);
  }
}
