// How a story reads: each step's date, the span of the whole story, its title and count, and the
// markers of claims a later one overtook or disputed.
import { counted } from '../count-format';
import { formatEdtf } from '../edtf-format';
import type { GraphEdge } from '../graph-contract';
import type { GraphIndex } from '../graph-index';
import type { StoryStep } from './story';

/** "since 2003", "Jun 2024", "4 Oct 2024"; an undated claim says when it was first reported: "reported 5 Oct 2024". */
export function stepDateLabel(step: Pick<StoryStep, 'edge' | 'dated' | 'day' | 'firstReported'>): string {
  if (step.dated && step.edge.date) return formatEdtf(step.edge.date);
  const reported = formatEdtf(step.firstReported ?? step.day);
  return reported ? `reported ${reported}` : 'undated';
}

/**
 * The day the graph is shown as of, at the precision a story's step gives it: a claim "since 2003"
 * steps to 2003-01-01, which reads "2003", not "1 Jan 2003"; "2024-06-01" reads "Jun 2024".
 */
export function asOfLabel(day: string): string {
  const [y, m, d] = day.split('-');
  if (m === '01' && d === '01') return formatEdtf(y);
  if (d === '01') return formatEdtf(`${y}-${m}`);
  return formatEdtf(day);
}

/** Where a step starts, at the precision the story knows it ("2003", "2024-06", "2024-10-05"). */
function startPoint(step: Pick<StoryStep, 'edge' | 'dated' | 'day'>): string {
  const start = step.dated ? step.edge.date?.split('/')[0] : undefined;
  return start && start !== '..' ? start : step.day;
}

/** A span reads by months at most: a story over twenty years is not about its days ("2003 – Dec 2024"). */
export function storySpanLabel(steps: ReadonlyArray<Pick<StoryStep, 'edge' | 'dated' | 'day'>>): string {
  if (steps.length === 0) return '';
  const month = (point: string): string => formatEdtf(point.split('-').slice(0, 2).join('-'));
  const first = month(startPoint(steps[0]!));
  const last = month(startPoint(steps[steps.length - 1]!));
  return first === last ? first : `${first} – ${last}`;
}

/** "Russia – Taliban", or "Russia" for an actor's story with everyone. */
export function storyTitle(actor: string, withActor: string | null): string {
  return withActor ? `${actor} – ${withActor}` : actor;
}

const claims = (n: number): string => counted(n, 'claim');

/** "19 claims, 2003 – Dec 2024". */
export function storySummary(steps: ReadonlyArray<Pick<StoryStep, 'edge' | 'dated' | 'day'>>): string {
  const span = storySpanLabel(steps);
  return span ? `${claims(steps.length)}, ${span}` : claims(steps.length);
}

export type StoryMarkerKind = 'superseded' | 'contradicted' | 'answered' | 'denied';

export interface StoryMarker {
  kind: StoryMarkerKind;
  /** "Superseded", "Contradicted", "Answered", "Denied". */
  label: string;
  /** The later claim. */
  edge: GraphEdge;
}

const MARKER_LABEL: Record<StoryMarkerKind, string> = { superseded: 'Superseded', contradicted: 'Contradicted', answered: 'Answered', denied: 'Denied' };

/** What later claims did to this one: superseded, contradicted, answered or denied it. */
export function storyMarkers(index: Pick<GraphIndex, 'edges' | 'supersededBy' | 'contradictedBy' | 'answeredBy'>, edgeId: string): StoryMarker[] {
  const out: StoryMarker[] = [];
  const add = (ids: readonly string[] | undefined, kindOf: (e: GraphEdge) => StoryMarkerKind): void => {
    for (const id of ids ?? []) {
      const edge = index.edges.get(id);
      if (edge) out.push({ kind: kindOf(edge), label: MARKER_LABEL[kindOf(edge)], edge });
    }
  };
  add(index.supersededBy.get(edgeId), () => 'superseded');
  add(index.contradictedBy.get(edgeId), () => 'contradicted');
  add(index.answeredBy.get(edgeId), (e) => (e.status === 'denied' || e.type === 'denial' ? 'denied' : 'answered'));
  return out;
}
