// Small shared pieces: kind glyphs, type swatches, status badges, actor links, marked sentences.
import type { GraphEdge, Sentence } from '../../domain/graph-contract';
import { kindStyle, type Glyph } from '../../domain/kinds';
import type { Mark } from '../../domain/selection';
import { claimWording, isSuggested, PROPOSED_ACTOR_TEXT, statusStyle, type DisplayStatus, type LineStyle } from '../../domain/status';
import { splitByMarks } from '../../domain/text-segments';
import { useExplorer } from '../store/store-context';
import { DRAFT_HALO, PROPOSED_STROKE } from '../theme';
import './bits.css';

const GLYPH_POINTS: Partial<Record<Glyph, string>> = {
  diamond: '7,0.8 13.2,7 7,13.2 0.8,7',
  triangle: '7,1.2 13.2,12.6 0.8,12.6',
  hexagon: '3.6,1.2 10.4,1.2 13.4,7 10.4,12.8 3.6,12.8 0.6,7',
  octagon: '4.6,0.8 9.4,0.8 13.2,4.6 13.2,9.4 9.4,13.2 4.6,13.2 0.8,9.4 0.8,4.6',
  star: '7,0.6 8.8,5 13.4,5.2 9.8,8.2 11,12.8 7,10.2 3,12.8 4.2,8.2 0.6,5.2 5.2,5',
  vee: '0.8,1.2 7,5 13.2,1.2 7,13',
  tag: '0.8,2 9,2 13.2,7 9,12 0.8,12',
};

/** An actor kind's glyph; a proposed actor's is dashed and paler, as on the canvas. */
export function KindGlyph({ kind, size = 14, proposed = false }: { kind: string; size?: number; proposed?: boolean }) {
  const k = kindStyle(kind);
  const paint = proposed
    ? { fill: k.fill, fillOpacity: 0.6, stroke: PROPOSED_STROKE, strokeWidth: 1.4, strokeDasharray: '2.2 1.6' }
    : { fill: k.fill, stroke: k.stroke, strokeWidth: 1.2 };
  let shape;
  if (k.glyph === 'circle') shape = <circle cx="7" cy="7" r="6" {...paint} />;
  else if (k.glyph === 'square') shape = <rect x="1.2" y="1.2" width="11.6" height="11.6" rx="2.6" {...paint} />;
  else if (k.glyph === 'barrel') shape = <rect x="1.2" y="1.2" width="11.6" height="11.6" rx="5" ry="2.5" {...paint} />;
  else shape = <polygon points={GLYPH_POINTS[k.glyph]} {...paint} strokeLinejoin="round" />;
  return (
    <svg className="glyph" width={size} height={size} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {shape}
    </svg>
  );
}

const DASH: Record<LineStyle, string | undefined> = { solid: undefined, dashed: '5 3', dotted: '1.6 2.4', 'long-dash': '9 3' };

/**
 * A short line in the type's colour, broken like the edge when the claim is not asserted; a
 * machine draft's is faded, with a grey halo and a hollow bead and arrow, as on the canvas.
 */
export function TypeSwatch({ color, line = 'solid', arrow = false, suggested = false }: { color: string; line?: LineStyle; arrow?: boolean; suggested?: boolean }) {
  return (
    <svg className="swatch" width="22" height="10" viewBox="0 0 22 10" aria-hidden="true" focusable="false">
      {suggested && <line x1="1" y1="5" x2="21" y2="5" stroke={DRAFT_HALO} strokeOpacity="0.25" strokeWidth="8" strokeLinecap="round" />}
      <line
        x1="1"
        y1="5"
        x2={arrow ? 16 : 21}
        y2="5"
        stroke={color}
        strokeOpacity={suggested ? 0.55 : undefined}
        strokeWidth="2.4"
        strokeDasharray={DASH[line]}
        strokeLinecap={line === 'dotted' ? 'round' : 'butt'}
      />
      {suggested && <circle cx={arrow ? 8.5 : 11} cy="5" r="2.6" fill="#fff" stroke={color} strokeWidth="1.3" />}
      {arrow && (suggested ? <polygon points="15.5,2 21,5 15.5,8" fill="#fff" stroke={color} strokeWidth="1.3" strokeLinejoin="round" /> : <polygon points="15,1.5 21.5,5 15,8.5" fill={color} />)}
    </svg>
  );
}

export function StatusBadge({ status }: { status: DisplayStatus }) {
  const s = statusStyle(status);
  return (
    <span className={`status status-${status}`} title={s.description}>
      {s.label}
    </span>
  );
}

/** Status plus who the claim rests on: "hoped · per Zamir Kabulov", "asserted · by Zamir Kabulov". */
export function ClaimLine({ edge }: { edge: GraphEdge }) {
  const saidBy = useExplorer((s) => (edge.saidBy ? s.index.nodes.get(edge.saidBy)?.label ?? edge.saidBy : undefined));
  const wording = claimWording(edge, saidBy);
  return (
    <span className="claim" title={wording.text}>
      <StatusBadge status={wording.status} />
      {wording.speaker && <span className="said-by">{wording.speaker}</span>}
    </span>
  );
}

/** A link-styled button that selects an actor. */
export function ActorLink({ id, centre = false }: { id: string; centre?: boolean }) {
  const node = useExplorer((s) => s.index.nodes.get(id));
  const selectNode = useExplorer((s) => s.selectNode);
  if (!node) return <span>{id}</span>;
  const proposed = isSuggested(node);
  return (
    <button type="button" className="actor-link" onClick={() => selectNode(id, { centre })} title={proposed ? PROPOSED_ACTOR_TEXT : undefined}>
      <KindGlyph kind={node.kind} size={11} proposed={proposed} />
      <span>{node.label}</span>
    </button>
  );
}

/** A sentence with its marks (mentions, quotes) as <mark> elements. Always text, never HTML. */
export function MarkedText({ sentence, marks }: { sentence: Sentence; marks: readonly Mark[] | undefined }) {
  if (!marks || marks.length === 0) return <>{sentence.text}</>;
  return (
    <>
      {splitByMarks(sentence.text, sentence.start, marks).map((run) =>
        run.marks.length === 0 ? (
          <span key={run.start}>{run.text}</span>
        ) : (
          <mark key={run.start} className={run.marks.map((m) => `mark-${m}`).join(' ')}>
            {run.text}
          </mark>
        ),
      )}
    </>
  );
}
