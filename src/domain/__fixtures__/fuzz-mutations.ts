// Mutations of JSON data for the fuzz suites: each picks a place by number (so it shrinks like
// data) and breaks it the way hand edits, other tools and attackers do: fields removed or of the
// wrong type, ids duplicated or named after Object.prototype, huge strings, impossible dates,
// offsets out of range.
import fc from 'fast-check';
import { PROTOTYPE_NAMES } from './fuzz-arbitraries';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;
interface Place {
  path: Key[];
  value: Json;
}

/** Every value in `data` with its path, the root first. */
export function places(data: Json, path: Key[] = [], out: Place[] = []): Place[] {
  out.push({ path, value: data });
  if (Array.isArray(data)) data.forEach((v, i) => places(v, [...path, i], out));
  else if (data !== null && typeof data === 'object') for (const k of Object.keys(data)) places(data[k]!, [...path, k], out);
  return out;
}

function parentOf(root: Json, path: readonly Key[]): Json | undefined {
  let v: Json | undefined = root;
  for (const k of path.slice(0, -1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<Key, Json>)[k];
  }
  return v;
}

function setAt(root: Json, path: readonly Key[], value: Json | undefined): void {
  const parent = parentOf(root, path);
  const key = path.at(-1);
  if (parent === null || typeof parent !== 'object' || key === undefined) return;
  if (Array.isArray(parent)) {
    if (value === undefined) parent.splice(Number(key), 1);
    else parent[Number(key)] = value;
  } else if (value === undefined) delete parent[key];
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

const HUGE = 'x'.repeat(200_000);
const WRONG_TYPES: Json[] = [null, 0, -1, 1.5, '', 'x', true, [], {}, [null], { id: 'x' }];
const BAD_DAYS: Json[] = ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '0000-00-00', '24-1-1', '', 'yesterday', '2024-1-01', '9999-99-99', '2024-10-04T00:00:00Z', '2024/..', '../..', '2025/2024'];
const BAD_OFFSETS: Json[] = [-1, -0.5, 1.5, 1e9, 2 ** 53, Number.MAX_VALUE, 0, null, '3'];
const ID_FIELDS = new Set(['id', 'source', 'target', 'type', 'sentenceId', 'documentId', 'saidBy', 'reportedBy', 'actor']);
// Graph files date documents and claims; annotations write `when`, `date` and `relativeTo`.
const DATE_FIELDS = new Set(['published', 'date', 'anchor', 'when', 'relativeTo']);
const OFFSET_FIELDS = new Set(['start', 'end', 'index', 'bodyStart', 'schemaVersion']);

export type Mutation =
  | { kind: 'remove'; at: number }
  | { kind: 'retype'; at: number; to: number }
  | { kind: 'copy-id'; from: number; to: number }
  | { kind: 'prototype-id'; at: number; name: number }
  | { kind: 'prototype-key'; at: number; name: number; to: number }
  | { kind: 'huge-string'; at: number }
  | { kind: 'bad-date'; at: number; to: number }
  | { kind: 'bad-offset'; at: number; to: number; delta: number };

const n = fc.nat({ max: 100_000 });
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), at: n }),
  fc.record({ kind: fc.constant('retype' as const), at: n, to: n }),
  fc.record({ kind: fc.constant('copy-id' as const), from: n, to: n }),
  fc.record({ kind: fc.constant('prototype-id' as const), at: n, name: n }),
  fc.record({ kind: fc.constant('prototype-key' as const), at: n, name: n, to: n }),
  fc.record({ kind: fc.constant('huge-string' as const), at: n }),
  fc.record({ kind: fc.constant('bad-date' as const), at: n, to: n }),
  fc.record({ kind: fc.constant('bad-offset' as const), at: n, to: n, delta: fc.integer({ min: -3, max: 3 }) }),
);

const nth = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
const field = (p: Place): Key | undefined => p.path.at(-1);

/** Applies `m` to `root` in place (on a copy: see `mutate`). Returns what it did, for the counterexample. */
function apply(root: Json, m: Mutation): string {
  const all = places(root).slice(1);
  const named = (fields: ReadonlySet<string>) => all.filter((p) => fields.has(String(field(p))));
  switch (m.kind) {
    case 'remove': {
      const p = nth(all, m.at);
      if (p) setAt(root, p.path, undefined);
      return `removed ${p?.path.join('.')}`;
    }
    case 'retype': {
      const p = nth(all, m.at);
      if (p) setAt(root, p.path, structuredClone(WRONG_TYPES[m.to % WRONG_TYPES.length]!));
      return `retyped ${p?.path.join('.')}`;
    }
    case 'copy-id': {
      const ids = named(new Set(['id']));
      const from = nth(ids, m.from);
      const to = nth(ids, m.to);
      if (from && to) setAt(root, to.path, from.value);
      return `copied id of ${from?.path.join('.')} to ${to?.path.join('.')}`;
    }
    case 'prototype-id': {
      const p = nth(named(ID_FIELDS), m.at);
      if (p) setAt(root, p.path, PROTOTYPE_NAMES[m.name % PROTOTYPE_NAMES.length]!);
      return `prototype name at ${p?.path.join('.')}`;
    }
    case 'prototype-key': {
      // An own key named after Object.prototype, holding a value of any type.
      const objects = all.filter((p) => p.value !== null && typeof p.value === 'object' && !Array.isArray(p.value));
      const p = nth(objects, m.at);
      const key = PROTOTYPE_NAMES[m.name % PROTOTYPE_NAMES.length]!;
      if (p) setAt(root, [...p.path, key], structuredClone(WRONG_TYPES[m.to % WRONG_TYPES.length]!));
      return `own key ${key} at ${p?.path.join('.')}`;
    }
    case 'huge-string': {
      const p = nth(all.filter((x) => typeof x.value === 'string'), m.at);
      if (p) setAt(root, p.path, HUGE);
      return `huge string at ${p?.path.join('.')}`;
    }
    case 'bad-date': {
      const p = nth(named(DATE_FIELDS), m.at);
      if (p) setAt(root, p.path, BAD_DAYS[m.to % BAD_DAYS.length]!);
      return `bad date at ${p?.path.join('.')}`;
    }
    case 'bad-offset': {
      const p = nth(named(OFFSET_FIELDS), m.at);
      const choice = m.to % (BAD_OFFSETS.length + 1);
      // Off by a little (still a whole number) or far out of range.
      const value = choice === BAD_OFFSETS.length && typeof p?.value === 'number' ? p.value + m.delta : BAD_OFFSETS[choice % BAD_OFFSETS.length]!;
      if (p) setAt(root, p.path, value);
      return `offset ${JSON.stringify(value)} at ${p?.path.join('.')}`;
    }
  }
}

/** `data` with the mutations applied (the input is not touched), and a line per mutation. */
export function mutate<T>(data: T, mutations: readonly Mutation[]): { data: unknown; done: string[] } {
  const root = structuredClone(data) as Json;
  const done = mutations.map((m) => apply(root, m));
  return { data: root, done };
}

/** Text damage for any file format: cut short, a character dropped, doubled or replaced. */
export type TextMutation = { kind: 'truncate' | 'drop' | 'double' | 'insert'; at: number; char: string };
export const textMutationArb: fc.Arbitrary<TextMutation> = fc.record({
  kind: fc.constantFrom('truncate', 'drop', 'double', 'insert'),
  at: fc.nat({ max: 1_000_000 }),
  char: fc.oneof(fc.constantFrom('<', '>', '&', '"', "'", '{', '}', '[', ']', ',', ':', '\\', '\u0000', '\uFFFF', '\uD800', '\n', '-', '#', '*'), fc.string({ unit: 'binary', minLength: 1, maxLength: 2 })),
});

export function damageText(text: string, m: TextMutation): string {
  const at = text.length ? m.at % text.length : 0;
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'drop':
      return text.slice(0, at) + text.slice(at + 1);
    case 'double':
      return text.slice(0, at + 1) + text.slice(at);
    case 'insert':
      return text.slice(0, at) + m.char + text.slice(at);
  }
}
