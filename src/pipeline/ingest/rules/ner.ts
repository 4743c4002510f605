// Names the registry does not know: countries, organisations and people compromise knows;
// capitalised names found after a title ("President Xi", "Ambassador …") or before an apposition
// with a title (", the … envoy"); organisations by their head word ("… Court", "… Ministry",
// "State Duma"), also around a registry name ("UN Security Council"). Each becomes a proposed
// actor with a guessed kind, never a registry entry.
import nlp from 'compromise';
import type { Token } from './tokens';

export interface NameSpan {
  start: number;
  end: number;
  label: string;
  kind: string;
  rule: string;
  confidence: number;
  /** The name holds a registry name that is only part of it ("UN Security Council", "Moscow Format"): that mention is not the actor meant. */
  absorbs?: boolean;
}

/** The rule of a name made around a registry name ("UN Security Council"). */
const AROUND_A_KNOWN_NAME = 'organisation name around a known name';

/** Head words of organisation names and the kind they suggest. */
const ORG_HEADS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:court|tribunal|prosecutor|office|commission|ministry|committee|agency|service|department|directorate|bureau|council|authority|inspectorate)$/, 'agency'],
  [/^(?:parliament|duma|assembly|senate|congress|house|kremlin|cabinet|government|legislature|chamber|presidium)$/, 'government'],
  [/^(?:news|times|post|tv|television|radio|press|herald|tribune|gazette|journal|telegraph|broadcasting)$/, 'media'],
  [/^(?:army|forces|military|navy|guard|police)$/, 'military'],
  [/^(?:front|movement|brigade|brigades|militia|jihad)$/, 'armed-group'],
  [/^(?:format|process|forum|summit|conference|dialogue)$/, 'forum'],
];

/** Words that open a person's title just before their name ("President Xi", "Mawlawi Badruddin"). */
const TITLE_BEFORE_NAME = new Set([
  'president', 'minister', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'premier', 'chancellor',
  'mawlawi', 'mullah', 'sheikh', 'general', 'gen', 'mr', 'mrs', 'ms', 'dr', 'senator', 'secretary', 'chairman', 'commander',
  'king', 'prince', 'emir', 'deputy', 'director', 'judge', 'governor', 'mayor', 'leader', 'chief', 'head', 'official',
]);

const CONNECTORS = new Set(['of', 'for', 'on', 'the', "'s"]);
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'This', 'That', 'His', 'Her',
  'Their', 'Its', 'Our', 'Last', 'Next', 'Under', 'After', 'Before', 'Despite', 'While', 'Since', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December', 'President', 'Minister', 'Foreign', 'Prime',
]);

function capitalRun(tokens: readonly Token[], i: number, text: string): number {
  let j = i;
  while (j < tokens.length && tokens[j]!.capital && !NOT_NAMES.has(text.slice(tokens[j]!.start, tokens[j]!.end))) j++;
  return j;
}

/** Candidate names in one sentence, not overlapping `taken` (registry mentions). */
export function findNames(text: string, sentence: { start: number; end: number }, tokens: readonly Token[], taken: ReadonlyArray<{ start: number; end: number }>): NameSpan[] {
  const out: NameSpan[] = [];
  const free = (start: number, end: number): boolean =>
    !taken.some((t) => t.start < end && start < t.end) && !out.some((o) => o.start < end && start < o.end);
  /** `absorbs`: the name may hold registry names (`absorbing` checked it), not other names. */
  const add = (start: number, end: number, kind: string, rule: string, confidence: number, absorbs = false): void => {
    const label = text.slice(start, end).replace(/\s+/g, ' ').replace(/[,.]$/, '');
    if (label.length < 3 || !/\p{Lu}/u.test(label) || !(absorbs || free(start, end))) return;
    out.push({ start, end: start + label.length, label, kind, rule, confidence, ...(absorbs ? { absorbs } : {}) });
  };
  /**
   * Registry names inside a longer name whose head word is none of theirs ("UN Security Council",
   * "Supreme Court of Kazakhstan"): the longer name is meant.
   */
  const absorbing = (start: number, end: number, head: Token): boolean => {
    const inside = taken.filter((t) => t.start < end && start < t.end);
    return (
      inside.length > 0 &&
      inside.every((t) => t.start >= start && t.end <= end && (t.end <= head.start || t.start >= head.end)) &&
      !out.some((o) => o.start < end && start < o.end)
    );
  };

  // People after a title: "President Xi", "Mawlawi Badruddin Haqqani".
  for (let i = 0; i < tokens.length; i++) {
    if (!TITLE_BEFORE_NAME.has(tokens[i]!.norm)) continue;
    const j = capitalRun(tokens, i + 1, text);
    const orgWord = tokens.slice(i + 1, j).some((t) => ORG_HEADS.some(([re]) => re.test(t.norm)));
    if (j > i + 1 && j - (i + 1) <= 4 && !orgWord) {
      const from = tokens[i]!.norm === 'mawlawi' || tokens[i]!.norm === 'mullah' || tokens[i]!.norm === 'sheikh' ? i : i + 1;
      add(tokens[from]!.start, tokens[j - 1]!.end, 'person', 'name after a title', 0.6);
    }
  }
  // Organisations: a capitalised run ending in (or headed by) an organisation word.
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capital) continue;
    let j = i;
    while (j < tokens.length && (tokens[j]!.capital || (CONNECTORS.has(tokens[j]!.norm) && tokens[j + 1]?.capital))) j++;
    const run = tokens.slice(i, j);
    const headAt = run.findIndex((t) => ORG_HEADS.some(([re]) => re.test(t.norm)));
    if (headAt >= 0) {
      const kind = ORG_HEADS.find(([re]) => re.test(run[headAt]!.norm))![1];
      const startTok = run[0]!.norm === 'the' ? 1 : 0;
      const from = run[startTok]!.start;
      const to = run.at(-1)!.end;
      if (j - i - startTok >= 2 && absorbing(from, to, run[headAt]!)) add(from, to, kind, AROUND_A_KNOWN_NAME, 0.45, true);
      else if (j - i - startTok >= 2 || kind === 'government') add(from, to, kind, 'organisation name', 0.5);
    }
    i = j;
  }
  // Names compromise knows, only where a capitalised word is still unexplained (tagging costs a
  // few milliseconds per sentence): countries ("India", "Saudi Arabia"), organisations of its
  // lexicon ("NATO", "Soviet Union"), and people.
  const slice = text.slice(sentence.start, sentence.end);
  if (!hasUnexplainedName(tokens, text, (a, b) => free(a, b))) return out;
  const doc = nlp(slice);
  for (const c of termSpans(doc.match('#Country+'), slice, sentence.start)) if (/^\p{Lu}/u.test(c.label)) add(c.start, c.start + c.label.length, 'state', 'country name (compromise)', 0.6);
  for (const o of termSpans(doc.organizations(), slice, sentence.start)) {
    // Lower-case descriptors closing the name ("the Islamic State group", "TASS news agency") are not part of it.
    const label = o.label.replace(/(?:\s+\p{Ll}[\p{L}-]*)+$/u, '');
    // One word is a name only as an acronym ("NATO"); "the Islamist group" names no one.
    if (!/^\p{Lu}/u.test(label) || label.length < 3 || (!label.includes(' ') && !/^\p{Lu}{3,}$/u.test(label))) continue;
    const head = label.split(/\s+/).at(-1)!.toLowerCase();
    const kind = ORG_HEADS.find(([re]) => re.test(head))?.[1] ?? 'organization';
    add(o.start, o.start + label.length, kind, 'organisation name (compromise)', 0.5);
  }
  for (const p of termSpans(doc.people(), slice, sentence.start)) {
    if (p.label.split(/\s+/).length < 2 || !/^\p{Lu}/u.test(p.label)) continue;
    add(p.start, p.start + p.label.length, 'person', 'person name (compromise)', 0.55);
  }
  // A capitalised name before an apposition with a title: "Alim Khan Galdiev, the … Ambassador".
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.norm !== ',' || !/^(?:the|a|an)$/.test(tokens[i + 1]!.norm)) continue;
    const titled = tokens.slice(i + 2, i + 8).some((t) => TITLE_BEFORE_NAME.has(t.norm) || t.norm === 'envoy');
    if (!titled) continue;
    let k = i;
    while (k > 0 && tokens[k - 1]!.capital) k--;
    if (i - k >= 2) add(tokens[k]!.start, tokens[i - 1]!.end, 'person', 'name before a titled apposition', 0.55);
  }
  return out;
}

type View = ReturnType<ReturnType<typeof nlp>['match']>;
type Term = { pre: string; post: string; offset: { start: number; length: number } };

/**
 * compromise's matches in `slice` (which starts at `offset` in the text), each split where
 * punctuation stands between its words ("China, India" is two names, "CSTO (Collective …)" a name
 * and its expansion), without a closing possessive.
 */
function termSpans(view: View, slice: string, offset: number): Array<{ start: number; label: string }> {
  const out: Array<{ start: number; label: string }> = [];
  for (const m of view.json({ offset: true, terms: { offset: true } }) as Array<{ terms: Term[] }>) {
    let group: Term[] = [];
    const close = (): void => {
      if (!group.length) return;
      const start = group[0]!.offset.start;
      const last = group.at(-1)!;
      out.push({ start: offset + start, label: slice.slice(start, last.offset.start + last.offset.length).replace(/[’']s$/, '') });
      group = [];
    };
    for (const t of m.terms) {
      if (group.length && (/\S/.test(t.pre) || /\S/.test(group.at(-1)!.post))) close();
      group.push(t);
    }
    close();
  }
  return out;
}

/** A capitalised word not explained yet (not a registry mention, not the sentence's first word). */
function hasUnexplainedName(tokens: readonly Token[], text: string, free: (start: number, end: number) => boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const j = capitalRun(tokens, i, text);
    if (j > i && (i > 0 || j - i >= 2) && free(tokens[i]!.start, tokens[j - 1]!.end)) return true;
    i = Math.max(i, j);
  }
  return false;
}

/** A kebab-case id for a proposed actor. */
export function proposedId(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'actor';
}
