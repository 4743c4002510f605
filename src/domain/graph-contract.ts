// The graph contract: the one file format that the pipeline writes, the app reads,
// and other tools can exchange. Field names listed in the README are fixed.
import { z } from 'zod';
import { parseEdtf } from './analytics/time';
import { collectIntegrityIssues } from './graph-contract-checks';

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
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day: the pattern (kept in the JSON Schema) and a real day of that month (2024-02-30 is not). */
const isoDay = z
  .string()
  .regex(ISO_DAY, 'expected a date as YYYY-MM-DD')
  .refine((s) => !ISO_DAY.test(s) || parseEdtf(s) !== null, { error: (issue) => `"${String(issue.input)}" is not a calendar day` });
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

const attributeValue = z.union([z.string(), z.number(), z.boolean()]);
const attributesSchema = z.record(z.string(), attributeValue);

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
  attributes: attributesSchema.optional(),
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

const EDTF = /^(\d{4}(-\d{2}(-\d{2})?)?|\.\.)(\/(\d{4}(-\d{2}(-\d{2})?)?|\.\.))?$/;
const edtfDate = z
  .string()
  .regex(EDTF, 'expected an EDTF date such as 2024-10-04, 2024-07, 2003/..')
  .refine((s) => !EDTF.test(s) || parseEdtf(s) !== null, {
    error: (issue) => `"${String(issue.input)}" is not a real date: days and months must exist, an interval must not end before it starts, and ".." alone names no date`,
  });

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
  attributes: attributesSchema.optional(),
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

/**
 * Families of relation types, drawn with one hue range and one arrow shape each
 * (domain/relation-palette.ts). Optional: a type without one is placed by its polarity.
 */
export const RELATION_FAMILIES = ['cooperation', 'conflict', 'listing', 'statements'] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

export const relationTypeSchema = z.object({
  id: nonEmpty,
  label: nonEmpty,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb'),
  plover: z.string(),
  polarity: z.enum(POLARITIES),
  /** The family the type is drawn with (hue range and arrow shape); absent: placed by polarity. */
  family: z.enum(RELATION_FAMILIES).optional(),
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
 * Checks shape (zod) and then integrity (`graph-contract-checks.ts`): unique ids, references
 * between parts, offsets inside the text and quotes equal to the text they point at.
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
  keepProtoAttributes(data as RawParts, graph, issues);
  if (graph.schemaVersion > SCHEMA_VERSION) {
    issues.push({ path: 'schemaVersion', message: `schema version ${graph.schemaVersion} is newer than this app understands (${SCHEMA_VERSION})` });
  }
  collectIntegrityIssues(graph, issues, limit);
  return issues.length ? { ok: false, issues } : { ok: true, graph };
}

type RawParts = Record<'nodes' | 'edges', Array<{ attributes?: object }>>;

/**
 * zod leaves a "__proto__" key out of a record (assigning it would set the prototype), but an
 * attribute of that name is data like any other: put it back as an own entry, in its place.
 */
function keepProtoAttributes(raw: RawParts, graph: GraphFile, issues: ContractIssue[]): void {
  for (const part of ['nodes', 'edges'] as const) {
    for (const [i, item] of raw[part].entries()) {
      const attrs = item.attributes;
      if (attrs === undefined || !Object.hasOwn(attrs, '__proto__')) continue;
      const checked = attributeValue.safeParse(Object.getOwnPropertyDescriptor(attrs, '__proto__')?.value);
      if (!checked.success) {
        issues.push({ path: `${part}[${i}].attributes.__proto__`, message: 'expected a text, number or boolean' });
        continue;
      }
      const parsed = graph[part][i]!;
      const kept: Record<string, string | number | boolean> = {};
      for (const key of Object.keys(attrs)) {
        const value = key === '__proto__' ? checked.data : parsed.attributes![key]!;
        Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
      }
      parsed.attributes = kept;
    }
  }
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
