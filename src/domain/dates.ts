// Resolves an article's time words ("Friday", "last week", "a decade later") against an anchor
// date into an EDTF string. Pure calendar arithmetic in UTC so results never depend on the machine's zone.
import { DATE_PRECISIONS } from './graph-contract';

export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type TimeResolution = { ok: true; date: string; precision: DatePrecision } | { ok: false; error: string };

/** A calendar point of EDTF day, month or year precision. */
interface CalendarPoint {
  year: number;
  month?: number;
  day?: number;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
};
/** Words that sound like time but name no date; the annotator must leave `when` out or give `date`. */
const VAGUE = new Set([
  'recent', 'recently', 'soon', 'lately', 'later', 'earlier', 'previously', 'now', 'currently', 'upcoming',
  'in the past', 'in recent years', 'in recent months', 'in recent weeks', 'in recent days', 'in the coming weeks',
  'in the coming days', 'in the coming months', 'in the future', 'once', 'formerly', 'eventually', 'shortly',
]);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatPoint(p: CalendarPoint): string {
  let out = pad(p.year, 4);
  if (p.month !== undefined) out += `-${pad(p.month)}`;
  if (p.day !== undefined) out += `-${pad(p.day)}`;
  return out;
}

function parsePoint(s: string): CalendarPoint | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function precisionOfPoint(p: CalendarPoint): 'day' | 'month' | 'year' {
  return p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
}

/**
 * Checks an EDTF date of the forms this project uses (day, month, year, or an interval of those,
 * with `..` for an open end) and returns its precision, or undefined when it is not one.
 */
export function edtfPrecision(date: string): DatePrecision | undefined {
  const parts = date.split('/');
  if (parts.length === 1) {
    const p = parsePoint(date);
    return p && precisionOfPoint(p);
  }
  if (parts.length !== 2) return undefined;
  const [a = '', b = ''] = parts;
  if (a === '..' && b === '..') return undefined;
  const start = a === '..' ? undefined : parsePoint(a);
  const end = b === '..' ? undefined : parsePoint(b);
  if ((a !== '..' && !start) || (b !== '..' && !end)) return undefined;
  if (start && end && firstDay(start) > lastDay(end)) return undefined;
  return 'interval';
}

/** Days since 1970-01-01 (UTC), the unit for weekday and week arithmetic. */
function toDayNumber(p: Required<CalendarPoint>): number {
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / 86_400_000);
}

function fromDayNumber(n: number): Required<CalendarPoint> {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function firstDay(p: CalendarPoint): number {
  return toDayNumber({ year: p.year, month: p.month ?? 1, day: p.day ?? 1 });
}

function lastDay(p: CalendarPoint): number {
  const month = p.month ?? 12;
  return toDayNumber({ year: p.year, month, day: p.day ?? daysInMonth(p.year, month) });
}

const ok = (date: string, precision: DatePrecision): TimeResolution => ({ ok: true, date, precision });
const fail = (error: string): TimeResolution => ({ ok: false, error });

function dayResult(n: number): TimeResolution {
  return ok(formatPoint(fromDayNumber(n)), 'day');
}

/** The Monday–Sunday week containing day `n`, as an EDTF interval. */
function weekResult(n: number): TimeResolution {
  const monday = n - ((fromDayNumberWeekday(n) + 6) % 7);
  return ok(`${formatPoint(fromDayNumber(monday))}/${formatPoint(fromDayNumber(monday + 6))}`, 'week');
}

function fromDayNumberWeekday(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((n + 4) % 7) + 7) % 7;
}

function monthResult(year: number, month: number): TimeResolution {
  // Normalise month overflow from arithmetic such as "three months ago".
  const total = year * 12 + (month - 1);
  return ok(formatPoint({ year: Math.floor(total / 12), month: (total % 12) + 1 }), 'month');
}

function parseCount(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : undefined;
}

function normalise(words: string): string {
  return words
    .trim()
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[.,;:!?]+$/, '')
    .replace(/^(?:on|in|during|at) /, '')
    .replace(/'s$/, '');
}

/**
 * Resolves time words against an anchor (an EDTF day, month or year, usually the publication date).
 * A bare weekday ("Thursday", "on Thursday") means the most recent such day not after the anchor
 * day, as in news reports: the anchor's own weekday is that same day. "last Thursday" and "this past
 * Thursday" are strictly before it. A month name means the most recent such month not after the anchor month.
 */
export function resolveTimeExpression(words: string, anchor: string): TimeResolution {
  const at = parsePoint(anchor);
  if (!at) return fail(`the anchor "${anchor}" is not an EDTF day, month or year (e.g. 2024-10-05, 1979)`);
  const phrase = normalise(words);
  if (!phrase) return fail('the time expression is empty');
  if (VAGUE.has(phrase) || VAGUE.has(words.trim().toLowerCase())) {
    return fail(`"${words}" is not a date: leave \`when\` out, or give an explicit \`date\` if the article implies one`);
  }

  let m = /^since (.+)$/.exec(phrase);
  if (m?.[1]) {
    const from = resolveCore(m[1], at, anchor);
    return from.ok ? ok(`${from.date.split('/')[0]}/..`, 'interval') : from;
  }
  m = /^(?:until|till|through) (.+)$/.exec(phrase);
  if (m?.[1]) {
    const to = resolveCore(m[1], at, anchor);
    return to.ok ? ok(`../${to.date.split('/').at(-1)}`, 'interval') : to;
  }
  m = /^(?:from (.+) (?:to|until|through) (.+)|between (.+) and (.+)|(\d{4}) ?[-–] ?(\d{4}))$/.exec(phrase);
  if (m) {
    const from = resolveCore(m[1] ?? m[3] ?? m[5] ?? '', at, anchor);
    const to = resolveCore(m[2] ?? m[4] ?? m[6] ?? '', at, anchor);
    if (!from.ok) return from;
    if (!to.ok) return to;
    const date = `${from.date.split('/')[0]}/${to.date.split('/').at(-1)}`;
    return edtfPrecision(date) ? ok(date, 'interval') : fail(`"${words}" ends before it starts`);
  }
  return resolveCore(phrase, at, anchor, words);
}

function resolveCore(phrase: string, at: CalendarPoint, anchor: string, original = phrase): TimeResolution {
  const needDay = (): number | TimeResolution =>
    at.day !== undefined && at.month !== undefined
      ? toDayNumber({ year: at.year, month: at.month, day: at.day })
      : fail(`"${original}" needs a day to count from, but the anchor ${anchor} is a ${precisionOfPoint(at)}`);
  const needMonth = (): number | TimeResolution =>
    at.month !== undefined
      ? at.month
      : fail(`"${original}" needs a month to count from, but the anchor ${anchor} is a year`);

  if (phrase === 'today' || phrase === 'tonight' || /^this (?:morning|afternoon|evening)$/.test(phrase)) {
    const d = needDay();
    return typeof d === 'number' ? dayResult(d) : d;
  }
  if (phrase === 'yesterday' || phrase === 'tomorrow') {
    const d = needDay();
    return typeof d === 'number' ? dayResult(d + (phrase === 'yesterday' ? -1 : 1)) : d;
  }

  let m = /^(last |this past |next )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(phrase);
  if (m?.[2]) {
    const d = needDay();
    if (typeof d !== 'number') return d;
    const target = WEEKDAYS.indexOf(m[2]);
    const today = fromDayNumberWeekday(d);
    if (m[1] === 'next ') return dayResult(d + (((target - today + 6) % 7) + 1));
    if (m[1] === undefined && target === today) return dayResult(d);
    return dayResult(d - (((today - target + 6) % 7) + 1));
  }

  m = /^(?:(earlier|later) )?(last|this|next) (week|month|year)$/.exec(phrase);
  if (m?.[2] && m[3]) {
    const step = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
    if (m[1] && step !== 0) return fail(`cannot resolve "${original}"`);
    if (m[3] === 'year') return ok(pad(at.year + step, 4), 'year');
    if (m[3] === 'month') {
      const month = needMonth();
      return typeof month === 'number' ? monthResult(at.year, month + step) : month;
    }
    const d = needDay();
    return typeof d === 'number' ? weekResult(d + 7 * step) : d;
  }

  m = /^(last )?([a-z]+)\.?(?: (?:of )?(\d{4}))?$/.exec(phrase);
  const monthOnly = m?.[2] !== undefined && Object.hasOwn(MONTHS, m[2]) ? MONTHS[m[2]] : undefined;
  if (m && monthOnly !== undefined) {
    if (m[3] !== undefined) return m[1] ? fail(`cannot resolve "${original}"`) : monthResult(Number(m[3]), monthOnly);
    const month = needMonth();
    if (typeof month !== 'number') return month;
    const notAfter = m[1] ? monthOnly < month : monthOnly <= month;
    return monthResult(notAfter ? at.year : at.year - 1, monthOnly);
  }

  m = /^(?:([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?)(?:,? (\d{4}))?$/.exec(phrase);
  const dayKey = m?.[1] ?? m?.[4] ?? '';
  const dayMonth = m && Object.hasOwn(MONTHS, dayKey) ? MONTHS[dayKey] : undefined;
  if (m && dayMonth !== undefined) {
    const day = Number(m[2] ?? m[3]);
    let year: number;
    if (m[5] !== undefined) year = Number(m[5]);
    else {
      const d = needDay();
      if (typeof d !== 'number') return d;
      const sameYear = { year: at.year, month: dayMonth, day };
      year = day <= daysInMonth(at.year, dayMonth) && toDayNumber(sameYear) <= d ? at.year : at.year - 1;
    }
    if (day < 1 || day > daysInMonth(year, dayMonth)) return fail(`"${original}" is not a calendar day`);
    return ok(formatPoint({ year, month: dayMonth, day }), 'day');
  }

  if (/^\d{4}$/.test(phrase)) return ok(phrase, 'year');
  m = /^(?:the )?(\d{3})0s$/.exec(phrase);
  if (m?.[1]) return ok(`${m[1]}0/${m[1]}9`, 'decade');

  m = /^([a-z]+|\d{1,3}) (day|week|month|year|decade)s? (ago|earlier|before|later|after|on)$/.exec(phrase);
  const count = m?.[1] !== undefined ? parseCount(m[1]) : undefined;
  if (m?.[2] && m[3] && count !== undefined) {
    const sign = ['ago', 'earlier', 'before'].includes(m[3]) ? -1 : 1;
    const unit = m[2];
    // Counts of years and decades keep year precision: "a decade later" names a year, not a decade.
    if (unit === 'year' || unit === 'decade') return ok(pad(at.year + sign * count * (unit === 'decade' ? 10 : 1), 4), 'year');
    if (unit === 'month') {
      const month = needMonth();
      return typeof month === 'number' ? monthResult(at.year, month + sign * count) : month;
    }
    const d = needDay();
    if (typeof d !== 'number') return d;
    return unit === 'day' ? dayResult(d + sign * count) : weekResult(d + sign * 7 * count);
  }

  return fail(
    `cannot resolve "${original}" as a date (known forms: weekdays, today, yesterday, last/this week|month|year, ` +
      `month names, years, "since 2003", "three years ago", "a decade later"); give an explicit \`date\` instead`,
  );
}
