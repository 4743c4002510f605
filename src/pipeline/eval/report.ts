// The eval's result as tables (plain text for the terminal, Markdown for docs/ingest.md) and, for
// the rule writer, every missed and extra triple and every wrong status, date or speaker with its sentence.
import { accuracy, f1, precision, recall, type Claim, type Counts, type Tally, type TripleClaims } from './metrics';
import type { EvalResult } from './run';

export const fmt = (x: number | null): string => (x === null ? '–' : x.toFixed(2));
const tally = (t: Tally): string => `${t.correct}/${t.total}`;
const gold = (c: Counts): number => c.tp + c.fn;
const predicted = (c: Counts): number => c.tp + c.fp;

function table(head: string[], rows: string[][], markdown: boolean): string[] {
  // Numbers right-aligned, words left-aligned.
  const numeric = head.map((_, i) => rows.some((r) => r[i]) && rows.every((r) => /^[-–\d.]*$/.test(r[i] ?? '')));
  if (markdown) {
    const line = (r: string[]): string => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    return [line(head), `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`, ...rows.map(line)];
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]): string =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

const modeText = (r: EvalResult): string =>
  r.mode === 'held-out'
    ? 'held-out actors (registry actors no other reviewed article uses are hidden from the extractor)'
    : 'whole registry known to the extractor';

export function formatReport(r: EvalResult, options: { markdown?: boolean; measured?: string } = {}): string {
  const md = options.markdown ?? false;
  const t = r.totals;
  const heading = (s: string): string => (md ? `**${s}**` : s);
  const goal = (name: string): string => {
    const target = r.targets.find((x) => x.name === name);
    return target ? `≥ ${target.goal.toFixed(2)}: ${target.met ? 'met' : 'not met'}` : '';
  };
  const met = r.targets.filter((x) => x.met).length;
  const out: string[] = [
    `Extractor "${r.extractor}", ${modeText(r)}; ${r.articles.length} reviewed article${r.articles.length === 1 ? '' : 's'}` +
      (options.measured ? `; measured ${options.measured}` : '') +
      '.',
    '',
    heading('Overall'),
    '',
    ...table(
      ['Measure', 'Value', 'Counts', 'Target'],
      [
        ['Actors precision', fmt(precision(t.actors)), `${t.actors.tp} of ${predicted(t.actors)} predicted`, ''],
        ['Actors recall', fmt(recall(t.actors)), `${t.actors.tp} of ${gold(t.actors)} gold`, goal('actors recall')],
        ['Relations precision', fmt(precision(t.relations)), `${t.relations.tp} of ${predicted(t.relations)} predicted triples`, ''],
        ['Relations recall', fmt(recall(t.relations)), `${t.relations.tp} of ${gold(t.relations)} gold triples`, ''],
        ['Relations F1', fmt(f1(t.relations)), '', goal('relations F1')],
        ['Status accuracy', fmt(accuracy(t.status)), `${tally(t.status)} matched claim pairs`, goal('status accuracy')],
        ['Date accuracy', fmt(accuracy(t.date)), `${tally(t.date)} pairs with a date; ${t.bothUndated} pairs both undated`, goal('date accuracy')],
        ['saidBy accuracy', fmt(accuracy(t.saidBy)), `${tally(t.saidBy)} pairs whose gold names a speaker`, ''],
        ['Drafts that failed', String(t.failedDrafts), `of ${r.articles.length} articles (scored as empty)`, ''],
      ],
      md,
    ),
    '',
    `Targets met: ${met} of ${r.targets.length}.`,
    '',
    heading('Per relation type'),
    '',
  ];
  const types = Object.entries(r.byType).sort(([a, x], [b, y]) => gold(y) - gold(x) || predicted(y) - predicted(x) || (a < b ? -1 : 1));
  out.push(
    ...(types.length
      ? table(
          ['Type', 'Gold', 'Predicted', 'Matched', 'P', 'R', 'F1'],
          types.map(([type, c]) => [type, String(gold(c)), String(predicted(c)), String(c.tp), fmt(precision(c)), fmt(recall(c)), fmt(f1(c))]),
          md,
        )
      : ['(no triples)']),
    '',
    heading('Per article'),
    '',
    ...articleTable(r, md),
  );
  if (r.skipped.length) out.push('', `Not scored (gold annotation does not build): ${r.skipped.map((s) => s.id).join(', ')}.`);
  return out.join('\n');
}

function articleTable(r: EvalResult, md: boolean): string[] {
  const rows = r.articles.map((a) => {
    const s = a.score;
    const notes = [...(a.errors.length ? ['draft failed'] : []), ...(r.mode === 'held-out' ? [`${a.heldOutInGold} of its actors held out`] : [])];
    return [
      a.id,
      String(gold(s.actors)),
      fmt(precision(s.actors)),
      fmt(recall(s.actors)),
      String(gold(s.relations)),
      String(predicted(s.relations)),
      String(s.relations.tp),
      fmt(precision(s.relations)),
      fmt(recall(s.relations)),
      fmt(f1(s.relations)),
      a.ms.toFixed(1),
      notes.join('; '),
    ];
  });
  const head = ['Article', 'Actors gold', 'Actors P', 'Actors R', 'Triples gold', 'Predicted', 'Matched', 'P', 'R', 'F1', 'Draft ms', 'Note'];
  // The note column only when some article has a note.
  const keep = rows.some((row) => row.at(-1)) ? head.length : head.length - 1;
  return table(head.slice(0, keep), rows.map((row) => row.slice(0, keep)), md);
}

/** Errors worth seeing even without --verbose: drafts that did not build, gold that did not. */
export function formatProblems(r: EvalResult): string[] {
  const lines: string[] = [];
  if (r.goldErrors.length) lines.push('The project does not build as it is; reviewed articles were built one by one:', ...r.goldErrors.map((e) => `  ${e}`));
  for (const s of r.skipped) lines.push(`${s.id}: gold not scored:`, ...s.reason.split('\n').map((e) => `  ${e}`));
  for (const a of r.articles) if (a.errors.length) lines.push(`${a.id}: the draft does not build (scored as empty):`, ...a.errors.map((e) => `  ${e}`));
  return lines;
}

const sentenceRef = (c: Claim): string => c.sentenceIds[0]?.replace(/^.*#/, '') ?? '?';

function claimDetails(c: Claim): string {
  const parts: string[] = [c.status];
  if (c.date !== undefined) parts.push(`date ${c.date}`);
  if (c.saidBy !== undefined) parts.push(`saidBy ${c.saidBy}`);
  if (c.reportedBy !== undefined) parts.push(`reportedBy ${c.reportedBy}`);
  if (c.rule !== undefined) parts.push(`rule “${c.rule}”`);
  return parts.join(', ');
}

function tripleText(t: { triple: string; directed: boolean }): string {
  const [source, type, target] = t.triple.split(' ');
  return t.directed ? `${source} —${type}→ ${target}` : `${source} —${type}— ${target}`;
}

function listTriples(label: string, triples: TripleClaims[]): string[] {
  return triples.flatMap((t) => [
    `  ${label} ${tripleText(t)}`,
    ...t.claims.flatMap((c) => [`       ${claimDetails(c)}; quote “${c.quote}”`, `       ${sentenceRef(c)}: ${c.sentence}`]),
  ]);
}

/** Every false negative and false positive triple, and every wrong field of a matched pair, per article. */
export function formatVerbose(r: EvalResult): string {
  const out: string[] = [];
  for (const a of r.articles) {
    const s = a.score;
    out.push('', `== ${a.id} ==`);
    if (a.errors.length) out.push('  draft failed:', ...a.errors.map((e) => `    ${e}`));
    if (r.mode === 'held-out') out.push(`  held out (${a.heldOutInGold} of them in this article's gold): ${a.heldOut.join(', ') || '(none)'}`);
    if (s.missedActors.length) out.push(`  missed actors: ${s.missedActors.join(', ')}`);
    if (s.extraActors.length) out.push(`  extra actors: ${s.extraActors.join(', ')}`);
    out.push(...listTriples('FN', s.falseNegatives), ...listTriples('FP', s.falsePositives));
    for (const m of s.mismatches) {
      const g = m.pair.gold;
      out.push(
        `  ${m.field.padEnd(6)} ${g.source} —${g.type}→ ${g.target}: gold ${m.gold ?? '(none)'}, predicted ${m.predicted ?? '(none)'}`,
        `       gold ${sentenceRef(g)}: ${g.sentence}`,
        ...(m.pair.predicted.sentenceIds[0] !== g.sentenceIds[0] ? [`       predicted ${sentenceRef(m.pair.predicted)}: ${m.pair.predicted.sentence}`] : []),
      );
    }
    if (!a.errors.length && !s.missedActors.length && !s.extraActors.length && !s.falseNegatives.length && !s.falsePositives.length && !s.mismatches.length) {
      out.push('  (no differences)');
    }
  }
  return out.join('\n');
}
