// Shapes of the curated YAML files (docs: formats brief) and the translation of zod's findings into
// `file:line: path: message` issues a curator can act on.
import { quoteInput } from '../domain/graph-contract-checks';
import { z } from 'zod';
import { CLAIM_STATUSES, POLARITIES, RELATION_FAMILIES } from '../domain/graph-contract';
import { ITEM_REVIEW_STATES } from '../domain/review-api';
import type { BuildIssue, YamlFile, YamlPath } from './yaml-file';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebabId = z.string().regex(KEBAB, 'must be kebab-case: lower-case letters and digits joined by "-" (e.g. zamir-kabulov)');
const text = z.string().regex(/\S/, 'must not be empty');
/** Unquoted years and dates read as numbers in YAML; accept them as their text. */
const dateText = z.union([text, z.int()], { error: 'expected text such as "Friday" or "2024-10-04"' }).transform(String);

const aliasSchema = z.union(
  [
    text,
    z.strictObject({
      text,
      except: z.array(text).min(1, 'list at least one context, or leave `except` out').optional(),
      during: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|\.\.)\/(\d{4}(-\d{2}(-\d{2})?)?|\.\.)$/, 'expected an EDTF interval such as "1922/1991" or "2021-08/.."').optional(),
    }),
  ],
  { error: 'expected an alias text, or { text, except: [contexts], during: interval }' },
);

export const actorSchema = z.strictObject({
  id: kebabId,
  label: text,
  kind: kebabId,
  description: text.optional(),
  role: text.optional(),
  /** The actor this one belongs to (a minister's state, a ministry's government), for ingest. */
  affiliation: kebabId.optional(),
  /** The year the actor came into being; a sentence only about earlier years cannot mean it. */
  from: z.int({ error: 'expected a year such as 1991' }).min(1, 'expected a year such as 1991').max(2999, 'expected a year such as 1991').optional(),
  aliases: z.array(aliasSchema).optional(),
});
export const actorsFileSchema = z.array(actorSchema, { error: 'expected a list of actors' });
export type ActorInput = z.infer<typeof actorSchema>;

/** A trigger phrase: words in order, "…" for a short gap, {source}/{target} for the actors' places, {role} for a title. */
const triggerSchema = z.union(
  [
    text,
    z.strictObject({
      pattern: text,
      status: z.enum(CLAIM_STATUSES).optional(),
      confidence: z.number().min(0).max(1).optional(),
      /** Where the phrase leaves its object unsaid ("we do not participate"): the nearest actor of these kinds. */
      impliedTarget: z.array(kebabId).nonempty().optional(),
    }),
  ],
  { error: 'expected a trigger phrase, or { pattern, status, confidence, impliedTarget }' },
);
export type TriggerInput = z.infer<typeof triggerSchema>;

export const relationTypeInputSchema = z.strictObject({
  id: kebabId,
  label: text,
  description: text,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as "#rrggbb" (quote it: "#0072B2")'),
  directed: z.boolean(),
  plover: z.enum([...PLOVER_TYPES, '']),
  cameo: z.string({ error: 'write the CAMEO code as a quoted string, e.g. "0874"' }).regex(/^\d{2,4}$/, 'expected a CAMEO code of 2–4 digits, e.g. "0874"').optional(),
  polarity: z.enum(POLARITIES),
  /** How the explorer groups and draws the type (hue range, arrow head); absent: by polarity. */
  family: z.enum(RELATION_FAMILIES, { error: `expected a family: ${RELATION_FAMILIES.join(', ')}` }).optional(),
  mode: z.enum(['verbal', 'material']),
  /** Used by ingest to draft claims of this type; the build ignores them. */
  triggers: z.array(triggerSchema).optional(),
  /** Title words that mark a role ("minister", "envoy"), for the {role} slot of triggers. */
  roles: z.array(text).optional(),
  /** Actor kinds a drafted claim of this type may have at each end (e.g. a forum as target). */
  sourceKinds: z.array(kebabId).optional(),
  targetKinds: z.array(kebabId).optional(),
  /** A later decided or done claim of this type, same source and target, supersedes claims of these types. */
  ends: z.array(kebabId).optional(),
  /** A claim of this type answers claims of these types that its target made about its source. */
  answers: z.array(kebabId).optional(),
  /** The source belongs to the target (a minister to a government): the story of the target includes the source's claims. */
  partOf: z.boolean().optional(),
});
export const relationTypesFileSchema = z.array(relationTypeInputSchema, { error: 'expected a list of relation types' });
export type RelationTypeInput = z.infer<typeof relationTypeInputSchema>;

const quoteRef = z.strictObject({ quote: text, within: text.optional() });
/**
 * Review states an annotation item may have. `rejected` keeps a reviewer's "no" in the file (so a
 * new draft or a second reviewer can see it) while the build leaves the item out; the graph itself
 * only knows suggested and reviewed.
 */
export const INPUT_REVIEW_STATES = ITEM_REVIEW_STATES;
export type InputReviewState = (typeof INPUT_REVIEW_STATES)[number];
/** What a draft adds to a suggestion: its review state, a confidence in 0..1 and the rule that made it. */
const draftFields = {
  review: z.enum(INPUT_REVIEW_STATES).optional(),
  confidence: z.number({ error: 'expected a number between 0 and 1' }).min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
  rule: text.optional(),
};
export const mentionInputSchema = z.strictObject({
  actor: z.string({ error: 'expected an actor id, or null to drop an alias match' }).nullable(),
  quote: text,
  within: text.optional(),
  ...draftFields,
});
/** An actor proposed by a draft for this article: not in the registry until a person adds it there. */
export const proposedActorSchema = z.strictObject({
  id: kebabId,
  label: text,
  kind: kebabId,
  role: text.optional(),
  description: text.optional(),
  /** The registry actor this one belongs to, guessed from a title ("Taliban Foreign Minister …"). */
  affiliation: text.optional(),
  aliases: z.array(text).optional(),
  ...draftFields,
});
export const relationInputSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'expected an id of letters, digits, "-" or "_" (e.g. r01)').optional(),
  source: text,
  type: text,
  target: text,
  quote: text,
  within: text.optional(),
  also: z.array(z.union([text, quoteRef], { error: 'expected a quote, or { quote, within }' })).optional(),
  when: dateText.optional(),
  relativeTo: dateText.optional(),
  date: dateText.optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
  saidBy: text.optional(),
  reportedBy: text.optional(),
  note: text.optional(),
  ...draftFields,
});
export const annotationFileSchema = z.strictObject(
  {
    title: text.optional(),
    /** The outlet that published the article, and where it was found. */
    outlet: text.optional(),
    url: text.optional(),
    actors: z.array(proposedActorSchema).optional(),
    mentions: z.array(mentionInputSchema).optional(),
    relations: z.array(relationInputSchema).optional(),
  },
  { error: 'expected a map with title, outlet, url, actors, mentions and relations' },
);
export type ProposedActorInput = z.infer<typeof proposedActorSchema>;
export type MentionInput = z.infer<typeof mentionInputSchema>;
export type RelationInput = z.infer<typeof relationInputSchema>;
export type AnnotationInput = z.infer<typeof annotationFileSchema>;

/** Marks zod's default messages, which `shapeIssues` replaces with its own wording. */
const DEFAULT_MESSAGE = '\u0000';

/** Validates `data` against `schema`, reporting every problem at its line. */
export function checkShape<T>(yaml: YamlFile, schema: z.ZodType<T>, data: unknown): { value: T; issues: [] } | { value?: undefined; issues: BuildIssue[] } {
  const parsed = schema.safeParse(data, { error: () => DEFAULT_MESSAGE });
  if (parsed.success) return { value: parsed.data, issues: [] };
  const issues: BuildIssue[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const value = valueAt(data, path);
    const custom = issue.message !== DEFAULT_MESSAGE ? issue.message : undefined;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeys(schema, path);
        for (const key of issue.keys) {
          const hint = closest(key, allowed);
          const list = allowed.length ? ` (known fields: ${allowed.join(', ')})` : '';
          issues.push(yaml.issue([...path, key], `unknown field \`${key}\`${hint ? `; did you mean \`${hint}\`?` : list}`, yaml.keyLineOf([...path, key])));
        }
        break;
      }
      case 'invalid_type':
        if (value === undefined && path.length) {
          const field = path.at(-1);
          const extra = field === 'actor' ? ' (an actor id, or null to drop an alias match)' : '';
          issues.push(yaml.issue(path, `missing required field \`${String(field)}\`${extra}`, yaml.lineOf(path.slice(0, -1))));
        } else issues.push(yaml.issue(path, custom ?? `expected ${issue.expected}, got ${describe(value)}`));
        break;
      case 'invalid_value': {
        const options = issue.values.map((v) => (v === '' ? '""' : String(v)));
        const hint = typeof value === 'string' ? closest(value, options) : undefined;
        const what = path.at(-1) === 'status' ? 'unknown status' : 'unknown value';
        issues.push(yaml.issue(path, custom ?? `${what} ${typeof value === 'string' ? quoteInput(value) : JSON.stringify(value)}; expected one of: ${options.join(', ')}${hint ? ` (did you mean ${hint}?)` : ''}`));
        break;
      }
      case 'too_small':
        issues.push(yaml.issue(path, custom ?? (Array.isArray(value) ? 'must not be an empty list' : 'must not be empty')));
        break;
      default:
        issues.push(yaml.issue(path, custom ?? issue.message));
    }
  }
  return { issues };
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${typeof value === 'string' ? quoteInput(value) : JSON.stringify(value)}`;
}

interface LooseDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}
const defOf = (s: z.ZodType): LooseDef => (s as unknown as { _zod: { def: LooseDef } })._zod.def;

/** The field names of the object schema found at `path` (for "did you mean" hints). */
function allowedKeys(schema: z.ZodType, path: YamlPath): string[] {
  let current: z.ZodType | undefined = schema;
  const step = (s: z.ZodType, seg: string | number | undefined): z.ZodType | undefined => {
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return def.innerType && step(def.innerType, seg);
    if (def.type === 'pipe') return def.in && step(def.in, seg);
    if (def.type === 'union') {
      for (const o of def.options ?? []) {
        const found = step(o, seg);
        if (found) return found;
      }
      return undefined;
    }
    if (seg === undefined) return def.type === 'object' ? s : undefined;
    if (def.type === 'array' && typeof seg === 'number') return def.element;
    if (def.type === 'object' && typeof seg === 'string') return def.shape?.[seg];
    return undefined;
  };
  for (const seg of path) {
    current = current && step(current, seg);
  }
  const obj = current && step(current, undefined);
  return obj ? Object.keys(defOf(obj).shape ?? {}) : [];
}

/** The candidate closest to `word` (case-insensitive equal, or within a small edit distance). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const c of candidates) {
    const lower = c.toLowerCase();
    if (lower === word.toLowerCase()) return c;
    // A truncated id ("delist" for "delisting") counts as close.
    const d = word.length >= 4 && lower.startsWith(word.toLowerCase()) ? 1 : editDistance(word.toLowerCase(), lower, bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance of `a` and `b`; `cap` when their lengths alone differ by `cap` or more. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
