// Time expressions of a sentence, found by chrono-node (weekdays, months, "last week", "three
// years ago") and a pattern for years ("in 2003", "since 2003"), resolved by the project's own
// resolver against the publication date so a draft dates claims exactly as the build will.
import * as chrono from 'chrono-node';
import { resolveTimeExpression } from '../../../domain/dates';

export interface TimeWords {
  /** The article's words, e.g. "on Tuesday", "since 2003", "last month". */
  text: string;
  start: number;
  end: number;
  /** EDTF date when the project's resolver cannot read `text` but chrono could. */
  date?: string;
}

const YEAR = /\b(?:(since|in|from|until|by) )?((?:19|20)\d\d)\b(?!-\d)/g;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Time expressions in text[from, to), offsets into `text`, in order. */
export function findTimeWords(text: string, from: number, to: number, published: string): TimeWords[] {
  const sentence = text.slice(from, to);
  const out: TimeWords[] = [];
  const ref = new Date(`${published}T12:00:00Z`);
  for (const r of chrono.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const words = r.text.replace(/[\s,.;:]+$/, '').replace(/[’']s$/, '');
    const start = from + r.index;
    const before = sentence.slice(Math.max(0, r.index - 6), r.index);
    const lead = /\b(since|in|on|until) $/i.exec(before)?.[1];
    const phrase = lead ? `${lead.toLowerCase()} ${words}` : words;
    const resolved = resolveTimeExpression(phrase, published);
    if (resolved.ok) out.push({ text: phrase, start: lead ? start - lead.length - 1 : start, end: start + words.length });
    else {
      const c = r.start;
      const y = c.get('year');
      if (y === null || y === undefined || !c.isCertain('year')) continue;
      const date = c.isCertain('day') ? `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}` : c.isCertain('month') ? `${y}-${pad(c.get('month')!)}` : String(y);
      out.push({ text: words, start, end: start + words.length, date });
    }
  }
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(sentence); m; m = YEAR.exec(sentence)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    const phrase = m[1] ? `${m[1].toLowerCase()} ${m[2]}` : m[2]!;
    if (resolveTimeExpression(phrase, published).ok) out.push({ text: phrase, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
