/**
 * Relations as CSV, one row per evidence item (a relation quoted from two sentences gives
 * two rows), for spreadsheets.
 *
 * RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote, CR or LF wrapped in
 * double quotes with inner quotes doubled. Against CSV formula injection, any cell starting
 * with = + - @ (or a tab / carriage return, which some spreadsheets skip) gets a leading '.
 * `type` is the relation type's label; `status` is empty when the graph gives none (never
 * guessed as "asserted"); `said by` the speaker's label; `reported by` the outlet that relayed
 * the speaker's words; `document` the title; `review` is "suggested" for a machine draft and
 * "reviewed" otherwise (an absent review field means reviewed), with the draft's `confidence` and
 * `rule`. A claim that several articles report gives rows for each report's quotes, with that
 * report's own date, status, speaker and document; `claim id` groups them, `outlet` is the row's
 * document's outlet, `reports` and `outlets` count the claim's reports and distinct outlets.
 * Columns added later come last so that readers of an older layout keep their positions.
 * With `{ bom: true }` the text starts with a UTF-8 byte-order mark so that Excel reads the
 * curly quotes right.
 */
import { claimSourcing, outletLabel, reportsOf, type ReportContext } from '../claims/reports';
import type { GraphFile } from '../graph-contract';
import { formatConfidence, isSuggested } from '../status';
import { lookups, selectElements, type IdSelection } from './selection';

export const RELATIONS_CSV_HEADER = [
  'source id',
  'source label',
  'type',
  'target id',
  'target label',
  'date',
  'date words',
  'status',
  'said by',
  'reported by',
  'document',
  'sentence id',
  'quote',
  'review',
  'confidence',
  'rule',
  'claim id',
  'outlet',
  'reports',
  'outlets',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: defused against formulas, quoted when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvOptions {
  bom?: boolean;
}

export function toRelationsCsv(graph: GraphFile, visibleNodeIds?: IdSelection, visibleEdgeIds?: IdSelection, options: CsvOptions = {}): string {
  const { edges } = selectElements(graph, visibleNodeIds, visibleEdgeIds);
  const look = lookups(graph);
  const sentenceDoc = new Map(graph.sentences.map((s) => [s.id, s.documentId]));
  const docs = new Map(graph.documents.map((d) => [d.id, d]));
  const ctx: ReportContext = { documentOfSentence: (id) => sentenceDoc.get(id), document: (id) => docs.get(id) };
  const rows: string[][] = [[...RELATIONS_CSV_HEADER]];
  for (const e of edges) {
    const sourcing = claimSourcing(e, ctx);
    for (const r of reportsOf(e, ctx)) {
      for (const ev of r.evidence) {
        const doc = docs.get(sentenceDoc.get(ev.sentenceId) ?? '');
        rows.push([
          e.source,
          look.nodeLabel(e.source),
          look.typeLabel(e.type),
          e.target,
          look.nodeLabel(e.target),
          r.date ?? '',
          r.dateInfo?.text ?? '',
          r.status ?? '',
          r.saidBy !== undefined ? look.nodeLabel(r.saidBy) : '',
          r.reportedBy !== undefined ? look.nodeLabel(r.reportedBy) : '',
          doc ? doc.title : '',
          ev.sentenceId,
          ev.quote,
          isSuggested(r) ? 'suggested' : 'reviewed',
          r.confidence !== undefined ? formatConfidence(r.confidence) : '',
          r.rule ?? '',
          e.id,
          doc?.outlet !== undefined ? outletLabel(doc) : '',
          String(sourcing.reports),
          String(sourcing.outlets.length),
        ]);
      }
    }
  }
  return (options.bom ? '\uFEFF' : '') + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
