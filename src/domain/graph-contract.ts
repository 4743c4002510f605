// The graph contract: the one file format that the pipeline writes, the app reads,
// and other tools can exchange. Field names listed in the README are fixed.
import { z } from 'zod';

/**
 * 2: review state on nodes, mentions and edges; document outlet, agency and url.
 * 3: an edge is a claim: reports of it in several articles are grouped on one edge (`reports`),
 * claims link to the claims they supersede, contradict or answer, relation types carry the rules
 * for those links (`ends`, `answers`), and documents list the outlets they cite (`cites`).
 * Files of versions 1 and 2 still load: each of their edges is a claim with one report.
 */
export const SCHEMA_VERSION = 3;

/** A machine draft stays `suggested` until a person reviewed it; absent means reviewed (all version 1 data). */
export const REVIEW_STATES = ['suggested', 'reviewed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
const reviewState = z.enum(REVIEW_STATES).optional();
/** Confidence of a suggestion, 0..1, and the rule that produced it, so a reviewer sees why. */
const confidence = z.number().min(0).max(1).optional();
const rule = z.string().optional();

const nonEmpty = z.string().min(1);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** Offsets are UTF-16 code units into the document's `text` (JavaScript string indices). */
const offset = z.number().int().nonnegative();

export const documentSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  published: isoDay,
  text: z.string(),
  /** Dateline place, e.g. "ISLAMABAD". */
  place: z.string().optional(),
  /** File name under data/sources the text came from. */
  sourceFile: z.string().optional(),
  /** Where the article body starts (after the date line and dateline). */
  bodyStart: offset.optional(),
  /** The outlet that published the article, e.g. "The Moscow Times". */
  outlet: z.string().optional(),
  /** The news agency whose copy the article carries, from the dateline, e.g. "AP", "dpa". */
  agency: z.string().optional(),
  /** Where the article was found. */
  url: z.string().optional(),
  /** Outlets the article quotes as its own sources (node ids), e.g. TASS in a VOA report. */
  cites: z.array(nonEmpty).optional(),
});

export const sentenceSchema = z.object({
  id: nonEmpty,
  documentId: nonEmpty,
  index: z.number().int().nonnegative(),
  start: offset,
  end: offset,
  text: z.string(),
});

export const mentionSchema = z.object({
  sentenceId: nonEmpty,
  start: offset,
  end: offset,
  /** The mentioned words, equal to the document text between start and end. */
  text: z.string().optional(),
  /** How it was found: an alias of the registry, or an annotation (pronoun, description). */
  via: z.enum(['alias', 'annotation']).optional(),
  review: reviewState,
});

export const nodeSchema = z.object({
  id: nonEmpty,
  label: nonEmpty,
  kind: nonEmpty,
  aliases: z.array(z.string()),
  mentions: z.array(mentionSchema),
  /** For persons: their role, e.g. "Russian presidential envoy for Afghanistan". */
  role: z.string().optional(),
  description: z.string().optional(),
  /** Free attributes carried over from imported graphs (GEXF, GraphML). */
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /** `suggested`: proposed by a draft and not yet in the registry. */
  review: reviewState,
  confidence,
  rule,
});

export const evidenceSchema = z.object({
  sentenceId: nonEmpty,
  quote: z.string().min(1),
  start: offset,
  end: offset,
});

export const CLAIM_STATUSES = ['asserted', 'decided', 'announced', 'planned', 'hoped', 'alleged', 'denied'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year', 'decade', 'interval'] as const;

export const dateInfoSchema = z.object({
  /** The article's words the date was resolved from, e.g. "last week", "since 2003". */
  text: z.string(),
  precision: z.enum(DATE_PRECISIONS),
  /** The date the words were resolved against: the publication date, or another dated event ("a decade later"). */
  anchor: z.string(),
});

const edtfDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|\.\.)(\/(\d{4}(-\d{2}(-\d{2})?)?|\.\.))?$/, 'expected an EDTF date such as 2024-10-04, 2024-07, 2003/..');

/** What one account of a claim says: when, how sure, on whose word; shared by a claim and each of its reports. */
const accountFields = {
  /** EDTF-style: 2024-10-04, 2024-07, 2021, 2003/.., 1979/1989. */
  date: edtfDate.optional(),
  dateInfo: dateInfoSchema.optional(),
  /** Whether the claim is reported as fact, decided, announced, planned, hoped for, alleged or denied. */
  status: z.enum(CLAIM_STATUSES).optional(),
  /** The actor whose words the claim rests on (the speaker), when the text names one. */
  saidBy: z.string().optional(),
  /** The outlet that relayed the speaker's words, e.g. a news agency. */
  reportedBy: z.string().optional(),
  /** An analyst's short note on how the relation was coded. */
  note: z.string().optional(),
};
const draftFields = { review: reviewState, confidence, rule };

/** One relation of an article that tells a claim: its own quotes, date, speaker and note. */
export const reportSchema = z.object({
  /** The article's relation id, e.g. "2024-08-23_uae-accepts-taliban-ambassador#r01". */
  id: nonEmpty,
  documentId: nonEmpty,
  evidence: z.array(evidenceSchema).min(1, 'every report needs at least one evidence quote'),
  ...accountFields,
  ...draftFields,
});

export const edgeSchema = z.object({
  id: nonEmpty,
  source: nonEmpty,
  target: nonEmpty,
  type: nonEmpty,
  evidence: z.array(evidenceSchema).min(1, 'every relation needs at least one evidence quote'),
  ...accountFields,
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  ...draftFields,
  /** The relations (of one or more articles) that report this claim, first built first; absent when there is one. */
  reports: z.array(reportSchema).min(2, 'a claim lists its reports only when there are several').optional(),
  /** Earlier claims this one overtakes (a removal after a listing; "decided" after "planned"). */
  supersedes: z.array(nonEmpty).optional(),
  /** Earlier claims this one contradicts (a denial of the same claim). */
  contradicts: z.array(nonEmpty).optional(),
  /** Claims this one answers, e.g. a denial answering an accusation. */
  answers: z.array(nonEmpty).optional(),
});

export const POLARITIES = ['cooperation', 'conflict', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const relationTypeSchema = z.object({
  id: nonEmpty,
  label: nonEmpty,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb'),
  plover: z.string(),
  polarity: z.enum(POLARITIES),
  /** Verbal (statements) or material (deeds), as in CAMEO's QuadClass. */
  mode: z.enum(['verbal', 'material']).optional(),
  description: z.string().optional(),
  directed: z.boolean().optional(),
  cameo: z.string().optional(),
  /** A later claim of this type by the same source on the same target supersedes claims of these types (a removal ends a listing). */
  ends: z.array(nonEmpty).optional(),
  /** A claim of this type answers a claim of these types made by its target about its source (a denial answers an accusation). */
  answers: z.array(nonEmpty).optional(),
  /** The source belongs to the target (a minister to a government): stories of the target include the source's claims. */
  partOf: z.boolean().optional(),
});

export const graphFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  documents: z.array(documentSchema),
  sentences: z.array(sentenceSchema),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
  relationTypes: z.array(relationTypeSchema),
});

export type GraphDocument = z.infer<typeof documentSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type GraphNode = z.infer<typeof nodeSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type DateInfo = z.infer<typeof dateInfoSchema>;
export type GraphEdge = z.infer<typeof edgeSchema>;
export type Report = z.infer<typeof reportSchema>;
export type RelationType = z.infer<typeof relationTypeSchema>;
export type GraphFile = z.infer<typeof graphFileSchema>;

/** One problem found in a graph file, with the JSON path where it is. */
export interface ContractIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; graph: GraphFile } | { ok: false; issues: ContractIssue[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/**
 * Checks shape (zod) and then integrity: unique ids, references between parts,
 * offsets inside the text and quotes equal to the text they point at.
 * Stops collecting after `limit` issues so that a broken large file stays quick to report.
 */
export function validateGraph(data: unknown, limit = 50): ValidationResult {
  const parsed = graphFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.slice(0, limit).map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const graph = parsed.data;
  const issues: ContractIssue[] = [];
  const report = (path: string, message: string): boolean => {
    issues.push({ path, message });
    return issues.length >= limit;
  };

  if (graph.schemaVersion > SCHEMA_VERSION) {
    report('schemaVersion', `schema version ${graph.schemaVersion} is newer than this app understands (${SCHEMA_VERSION})`);
  }
  const docs = new Map<string, GraphDocument>();
  for (const [i, d] of graph.documents.entries()) {
    if (docs.has(d.id) && report(`documents[${i}].id`, `duplicate document id "${d.id}"`)) return fail(issues);
    docs.set(d.id, d);
  }
  const sentences = new Map<string, Sentence>();
  for (const [i, s] of graph.sentences.entries()) {
    const at = `sentences[${i}]`;
    if (sentences.has(s.id) && report(`${at}.id`, `duplicate sentence id "${s.id}"`)) return fail(issues);
    sentences.set(s.id, s);
    const doc = docs.get(s.documentId);
    if (!doc) {
      if (report(`${at}.documentId`, `refers to unknown document "${s.documentId}"`)) return fail(issues);
      continue;
    }
    if (s.end < s.start || s.end > doc.text.length) {
      if (report(`${at}.end`, `offsets ${s.start}..${s.end} fall outside document "${doc.id}" (length ${doc.text.length})`)) return fail(issues);
    } else if (doc.text.slice(s.start, s.end) !== s.text) {
      if (report(`${at}.text`, `does not equal the document text between ${s.start} and ${s.end}`)) return fail(issues);
    }
  }
  const checkSpan = (at: string, sentenceId: string, start: number, end: number, text: string | undefined): boolean => {
    const s = sentences.get(sentenceId);
    if (!s) return report(`${at}.sentenceId`, `refers to unknown sentence "${sentenceId}"`);
    if (start < s.start || end > s.end || end <= start) {
      return report(`${at}.start`, `offsets ${start}..${end} fall outside sentence "${sentenceId}" (${s.start}..${s.end})`);
    }
    const doc = docs.get(s.documentId);
    if (doc && text !== undefined && doc.text.slice(start, end) !== text) {
      return report(at, `quoted text "${text}" does not equal the document text between ${start} and ${end}`);
    }
    return false;
  };
  const nodeIds = new Set<string>();
  for (const [i, n] of graph.nodes.entries()) {
    if (nodeIds.has(n.id) && report(`nodes[${i}].id`, `duplicate node id "${n.id}"`)) return fail(issues);
    nodeIds.add(n.id);
    for (const [j, m] of n.mentions.entries()) {
      if (checkSpan(`nodes[${i}].mentions[${j}]`, m.sentenceId, m.start, m.end, m.text)) return fail(issues);
    }
  }
  const typeIds = new Set(graph.relationTypes.map((t) => t.id));
  const edgeIds = new Set<string>();
  const reportIds = new Set<string>();
  for (const [i, e] of graph.edges.entries()) {
    const at = `edges[${i}]`;
    if (edgeIds.has(e.id) && report(`${at}.id`, `duplicate edge id "${e.id}"`)) return fail(issues);
    edgeIds.add(e.id);
    if (!nodeIds.has(e.source) && report(`${at}.source`, `refers to unknown node "${e.source}"`)) return fail(issues);
    if (!nodeIds.has(e.target) && report(`${at}.target`, `refers to unknown node "${e.target}"`)) return fail(issues);
    if (!typeIds.has(e.type) && report(`${at}.type`, `refers to unknown relation type "${e.type}"`)) return fail(issues);
    if (e.saidBy !== undefined && !nodeIds.has(e.saidBy) && report(`${at}.saidBy`, `refers to unknown node "${e.saidBy}"`)) return fail(issues);
    if (e.reportedBy !== undefined && !nodeIds.has(e.reportedBy) && report(`${at}.reportedBy`, `refers to unknown node "${e.reportedBy}"`)) return fail(issues);
    for (const [j, ev] of e.evidence.entries()) {
      if (checkSpan(`${at}.evidence[${j}]`, ev.sentenceId, ev.start, ev.end, ev.quote)) return fail(issues);
    }
    for (const [j, r] of (e.reports ?? []).entries()) {
      const rat = `${at}.reports[${j}]`;
      if (reportIds.has(r.id) && report(`${rat}.id`, `report "${r.id}" is listed twice`)) return fail(issues);
      reportIds.add(r.id);
      if (!docs.has(r.documentId) && report(`${rat}.documentId`, `refers to unknown document "${r.documentId}"`)) return fail(issues);
      for (const [k, ev] of r.evidence.entries()) {
        if (checkSpan(`${rat}.evidence[${k}]`, ev.sentenceId, ev.start, ev.end, ev.quote)) return fail(issues);
        const docId = sentences.get(ev.sentenceId)?.documentId;
        if (docId !== undefined && docId !== r.documentId && report(`${rat}.evidence[${k}].sentenceId`, `quotes document "${docId}", not the report's "${r.documentId}"`)) return fail(issues);
      }
    }
  }
  for (const [i, e] of graph.edges.entries()) {
    for (const field of ['supersedes', 'contradicts', 'answers'] as const) {
      for (const [j, id] of (e[field] ?? []).entries()) {
        if ((!edgeIds.has(id) || id === e.id) && report(`edges[${i}].${field}[${j}]`, id === e.id ? 'a claim cannot link to itself' : `refers to unknown relation "${id}"`)) return fail(issues);
      }
    }
  }
  for (const [i, d] of graph.documents.entries()) {
    for (const [j, id] of (d.cites ?? []).entries()) {
      if (!nodeIds.has(id) && report(`documents[${i}].cites[${j}]`, `refers to unknown node "${id}"`)) return fail(issues);
    }
  }
  return issues.length ? fail(issues) : { ok: true, graph };
}

function fail(issues: ContractIssue[]): ValidationResult {
  return { ok: false, issues };
}

/** The JSON Schema of the contract, generated from the same runtime schema (written to data/graph.schema.json). */
export function graphJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(graphFileSchema, { target: 'draft-2020-12' }),
    $id: 'https://news-kg-explorer.local/graph.schema.json',
    title: 'News knowledge graph',
    description:
      'Actors (nodes), relation claims (edges) with evidence quoted from source documents, and the relation-type taxonomy. Offsets are UTF-16 code units into documents[].text.',
  };
}
