// A claim's own sections in the relation details: how it is sourced (reports, articles, outlets,
// single source), the reports that tell it (each with its outlet, article and quotes), and the
// claims it supersedes, contradicts or answers, or is superseded, contradicted or answered by.
import { Fragment, useMemo } from 'react';
import { claimLinks, reportViews, sourcingOf, isSingleSource, type ClaimLink, type ClaimLinkKind, type ReportView } from '../../domain/claims/claim-view';
import {
  anyDifference,
  CLAIM_LINK_ORDER,
  claimLinkHeading,
  isDenial,
  otherOutlets,
  reportDifferences,
  SINGLE_SOURCE_LABEL,
  singleSourceTitle,
  sourcingParts,
  speakerLine,
} from '../../domain/claims/claim-text';
import { noteParts } from '../../domain/claims/claim-notes';
import { claimSentence, claimStatement } from '../../domain/claims/claim-sentence';
import { relationOfReport } from '../../domain/claims/reports';
import { formatEdtf } from '../../domain/edtf-format';
import type { GraphEdge, Report } from '../../domain/graph-contract';
import { isDirected, nodeLabel } from '../../domain/graph-index';
import type { Mark } from '../../domain/selection';
import { claimWording, edgeStatus, isSuggested, statusStyle } from '../../domain/status';
import { useActions, useExplorer } from '../store/store-context';
import { ActorLink, StatusBadge, TypeSwatch } from '../ui/bits';
import { NoteText } from './ClaimHeading';
import { SentenceCards, sentencesOf } from './RelationRow';
import { ReviewChip } from './ReviewBadge';
import './ClaimSections.css';

/** The id of a report's entry in the Reports section (one details panel at a time). */
const reportAnchor = (i: number): string => `claim-report-${i}`;

/** Scrolls to a report's entry and moves the focus there, as an in-page link would. */
function goToReport(i: number): void {
  const el = document.getElementById(reportAnchor(i));
  if (!el) return;
  el.scrollIntoView({ block: 'start', behavior: 'smooth' });
  el.focus({ preventScroll: true });
}

/** After the quotes: "4 reports · 3 articles · 3 outlets · first reported …", single source, and the other outlets. */
export function SourcingSummary({ edge }: { edge: GraphEdge }) {
  const index = useExplorer((s) => s.index);
  const views = useMemo(() => reportViews(index, edge), [index, edge]);
  const sourcing = sourcingOf(index, edge);
  const articles = new Set(views.map((v) => v.report.documentId)).size;
  const single = isSingleSource(index, edge);
  const first = views[0]?.outlet;
  const others = otherOutlets(views.map((v) => v.outlet));
  return (
    <section className="details-section claim-sourcing" aria-labelledby="edge-sourcing">
      <h3 id="edge-sourcing">Sourcing</h3>
      <p className="sourcing-line">
        <span className="sourcing-parts">
          {sourcingParts({ ...sourcing, articles }).map((part, i) => (
            <Fragment key={part}>
              {i > 0 && ' · '}
              <span className="sourcing-part">{part}</span>
            </Fragment>
          ))}
        </span>
        {single && (
          <span className="single-source" title={singleSourceTitle(sourcing)}>
            {SINGLE_SOURCE_LABEL}
            <span className="visually-hidden"> — {singleSourceTitle(sourcing)}</span>
          </span>
        )}
      </p>
      {views.length > 1 && first && others.length > 0 && (
        <dl className="outlet-rows">
          <dt>First reported by</dt>
          <dd>
            <ul className="chips outlet-chips">
              <li>
                <OutletButton outlet={first} at={0} />
              </li>
            </ul>
          </dd>
          <dt>Also reported by</dt>
          <dd>
            <ul className="chips outlet-chips">
              {others.map((o) => (
                <li key={o}>
                  <OutletButton outlet={o} at={views.findIndex((v) => v.outlet === o)} />
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      )}
    </section>
  );
}

function OutletButton({ outlet, at }: { outlet: string; at: number }) {
  return (
    <button type="button" className="outlet-chip" onClick={() => goToReport(at)} title={`Go to the report of ${outlet}`}>
      {outlet}
    </button>
  );
}

/**
 * The exact words a claim rests on, with who said them and where: "Evidence" for a claim told once
 * (its one report), "Reports" for a claim told more than once (one entry per report, earliest first).
 */
export function ClaimEvidence({ edge, marks }: { edge: GraphEdge; marks: ReadonlyMap<string, readonly Mark[]> }) {
  const index = useExplorer((s) => s.index);
  const views = useMemo(() => reportViews(index, edge), [index, edge]);
  if (edge.reports) return <ClaimReports edge={edge} views={views} marks={marks} />;
  const view = views[0]!;
  const sentenceCount = new Set(edge.evidence.map((ev) => ev.sentenceId)).size;
  return (
    <section className="details-section" aria-labelledby="edge-evidence">
      <h3 id="edge-evidence">
        Evidence <span className="count">{sentenceCount}</span>
      </h3>
      <div className="claim-report is-single">
        <ReportBody claim={edge} view={view} relation={edge} marks={marks} />
      </div>
    </section>
  );
}

function ClaimReports({ edge, views, marks }: { edge: GraphEdge; views: readonly ReportView[]; marks: ReadonlyMap<string, readonly Mark[]> }) {
  return (
    <section className="details-section" aria-labelledby="edge-reports">
      <h3 id="edge-reports">
        Reports <span className="count">{views.length}</span>
      </h3>
      <ol className="plain-list claim-reports" aria-label="Reports, earliest first">
        {views.map((v, i) => (
          <ReportEntry key={v.report.id} claim={edge} view={v} at={i} marks={marks} />
        ))}
      </ol>
    </section>
  );
}

function ReportEntry({ claim, view, at, marks }: { claim: GraphEdge; view: ReportView; at: number; marks: ReadonlyMap<string, readonly Mark[]> }) {
  const { report, document, outlet } = view;
  const relation = useMemo(() => relationOfReport(claim, report), [claim, report]);
  const published = document ? formatEdtf(document.published) : '';
  return (
    <li className="claim-report" id={reportAnchor(at)} tabIndex={-1} aria-label={`${outlet}${published ? `, ${published}` : ''}`}>
      <ReportBody claim={claim} view={view} relation={relation} marks={marks} />
    </li>
  );
}

/** Who spoke in a report: "Said by Zamir Kabulov, via TASS", "In the article’s own words". */
function SpeakerLine({ report }: { report: Pick<Report, 'status' | 'saidBy' | 'reportedBy'> }) {
  const line = speakerLine(report);
  return (
    <p className="report-speaker">
      {line.lead}
      {report.saidBy && <ActorLink id={report.saidBy} />}
      {report.reportedBy && (
        <>
          , via <ActorLink id={report.reportedBy} />
        </>
      )}
    </p>
  );
}

/** A report's outlet, date and article, who spoke, the quotes in their sentences, and its own note. */
function ReportBody({ claim, view, relation, marks }: { claim: GraphEdge; view: ReportView; relation: GraphEdge; marks: ReadonlyMap<string, readonly Mark[]> }) {
  const index = useExplorer((s) => s.index);
  const { report, document, outlet } = view;
  const sentences = useMemo(() => sentencesOf(index.sentences, report.evidence.map((ev) => ev.sentenceId)), [index, report]);
  const differs = reportDifferences(claim, report);
  const published = document ? formatEdtf(document.published) : '';
  const ownNote = report.note && report.note !== claim.note ? noteParts(index, report.note, report.documentId, claim.id) : [];
  return (
    <>
      <h4 className="report-head">
        <span className="report-outlet">{outlet}</span>
        {published && <span className="doc-meta">{published}</span>}
        <ReviewChip edge={relation} />
      </h4>
      <p className="report-title">{document?.title ?? 'unknown article'}</p>
      <SpeakerLine report={report} />
      {anyDifference(differs) && (
        <p className="report-claim">
          <span className="report-claim-label">In this report:</span>
          {differs.status && <StatusBadge status={edgeStatus(relation)} />}
          {differs.date && (
            <span className="report-date">
              {report.date ? formatEdtf(report.date) : 'no date given'}
              {report.dateInfo && <span className="muted"> (“{report.dateInfo.text}”)</span>}
            </span>
          )}
        </p>
      )}
      <SentenceCards sentences={sentences} marks={marks} />
      {ownNote.length > 0 && (
        <p className="report-note">
          <span className="report-note-label">Note</span> <NoteText parts={ownNote} />
        </p>
      )}
    </>
  );
}

/** "Superseded by", "Contradicted by", "Denied by", "Supersedes", "Answers"…: each a section of buttons to the other claims. */
export function ClaimLinkSections({ edge }: { edge: GraphEdge }) {
  const index = useExplorer((s) => s.index);
  const groups = useMemo(() => {
    const byKind = new Map<ClaimLinkKind, ClaimLink[]>();
    for (const link of claimLinks(index, edge)) (byKind.get(link.kind) ?? byKind.set(link.kind, []).get(link.kind)!).push(link);
    return CLAIM_LINK_ORDER.filter((k) => byKind.has(k)).map((k) => ({ kind: k, links: byKind.get(k)! }));
  }, [index, edge]);
  return (
    <>
      {groups.map(({ kind, links }) => {
        const denial = kind === 'answeredBy' ? links.every((l) => isDenial(l.edge)) : kind === 'answers' && isDenial(edge);
        const headingId = `edge-link-${kind}`;
        return (
          <section key={kind} className="details-section claim-link-section" aria-labelledby={headingId}>
            <h3 id={headingId}>{claimLinkHeading(kind, denial)}</h3>
            <ul className="plain-list claim-links">
              {links.map((l) => (
                <li key={l.edge.id}>
                  <ClaimLinkButton edge={l.edge} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/** A button naming another claim in plain words (with its status, speaker and date) that selects it. */
export function ClaimLinkButton({ edge }: { edge: GraphEdge }) {
  const index = useExplorer((s) => s.index);
  const { selectEdge } = useActions();
  const type = index.types.get(edge.type);
  const directed = isDirected(index, edge.type);
  const wording = claimWording(edge, edge.saidBy ? nodeLabel(index, edge.saidBy) : undefined);
  const statement = useMemo(() => claimStatement(claimSentence(index, edge)), [index, edge]);
  return (
    <button type="button" className="claim-link" onClick={() => selectEdge(edge.id)} title="Show this claim">
      <span className="claim-link-ends">
        <TypeSwatch color={type?.color ?? '#888'} line={statusStyle(edgeStatus(edge)).line} arrow={directed} suggested={isSuggested(edge)} />
        <span className="claim-link-statement">{statement}</span>
      </span>
      <span className="claim-link-meta">
        <StatusBadge status={wording.status} />
        {wording.speaker && <span className="said-by">{wording.speaker}</span>}
        {edge.date && <span className="date">{formatEdtf(edge.date)}</span>}
        <ReviewChip edge={edge} />
      </span>
      <span className="claim-link-go" aria-hidden="true">
        ›
      </span>
    </button>
  );
}
