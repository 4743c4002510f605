// One step of a story: when, who did what to whom (a button that shows the graph as it stood
// then), its status, the outlets that report it, the exact quote, and what later claims did to it.
import { memo, useMemo, type CSSProperties } from 'react';
import { isSingleSource, sourcingOf } from '../../domain/claims/claim-view';
import { singleSourceTitle } from '../../domain/claims/claim-text';
import type { StoryStep } from '../../domain/claims/story';
import { stepDateLabel, storyMarkers, type StoryMarker } from '../../domain/claims/story-text';
import { formatEdtf } from '../../domain/edtf-format';
import { isDirected, nodeLabel } from '../../domain/graph-index';
import { edgeStatus, isSuggested, statusStyle } from '../../domain/status';
import { useExplorer } from '../store/store-context';
import { ClaimLine, TypeSwatch } from '../ui/bits';

export interface StoryStepProps {
  step: StoryStep;
  /** Its place in the story, from 0. */
  at: number;
  current: boolean;
  /** After the day the graph shows: not yet happened there. */
  later: boolean;
  /** Where each claim of the story is, to link the markers to later steps. */
  stepOf: ReadonlyMap<string, number>;
  onGo(at: number): void;
  buttonRef(at: number, el: HTMLButtonElement | null): void;
}

export const StoryStepItem = memo(function StoryStepItem({ step, at, current, later, stepOf, onGo, buttonRef }: StoryStepProps) {
  const index = useExplorer((s) => s.index);
  const { edge } = step;
  const type = index.types.get(edge.type);
  const source = nodeLabel(index, edge.source);
  const target = nodeLabel(index, edge.target);
  const markers = useMemo(() => storyMarkers(index, edge.id), [index, edge.id]);
  const single = isSingleSource(index, edge);
  const className = `story-step${current ? ' is-current' : ''}${later ? ' is-later' : ''}`;
  return (
    <li className={className} style={{ '--type-colour': type?.color ?? '#8a94a3' } as CSSProperties}>
      <button
        ref={(el) => buttonRef(at, el)}
        type="button"
        className="story-step-button"
        aria-current={current ? 'step' : undefined}
        data-step={at}
        onClick={() => onGo(at)}
        title="Show this claim and the graph as it stood that day"
      >
        <span className="story-date">{stepDateLabel(step)}</span>
        <span className="story-claim">
          <span className="story-actor">{source}</span>{' '}
          <span className="story-type">
            <TypeSwatch color={type?.color ?? '#888'} line={statusStyle(edgeStatus(edge)).line} arrow={isDirected(index, edge.type)} suggested={isSuggested(edge)} />
            {type?.label ?? edge.type}
          </span>{' '}
          <span className="story-actor">{target}</span>
        </span>
        {later && <span className="visually-hidden"> (after the day the graph shows)</span>}
      </button>
      <div className="story-meta">
        <ClaimLine edge={edge} />
        {single && (
          <span className="single-source" title={singleSourceTitle(sourcingOf(index, edge))}>
            single source
          </span>
        )}
      </div>
      <p className="story-outlets">
        <span className="story-outlets-label">Reported by</span> {step.outlets.join(', ')}
      </p>
      <blockquote className="story-quote">{step.quote.quote}</blockquote>
      {markers.length > 0 && (
        <ul className="story-markers" aria-label="Later claims">
          {markers.map((m) => (
            <li key={`${m.kind}-${m.edge.id}`}>
              <Marker marker={m} at={stepOf.get(m.edge.id)} onGo={onGo} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
});

function Marker({ marker, at, onGo }: { marker: StoryMarker; at: number | undefined; onGo(at: number): void }) {
  const index = useExplorer((s) => s.index);
  const e = marker.edge;
  const phrase = `${nodeLabel(index, e.source)} ${index.types.get(e.type)?.label ?? e.type} ${nodeLabel(index, e.target)}${e.date ? `, ${formatEdtf(e.date)}` : ''}`;
  const className = `story-marker marker-${marker.kind}`;
  if (at === undefined) {
    return (
      <span className={className} title={phrase}>
        {marker.label} by a later claim
      </span>
    );
  }
  return (
    <button type="button" className={className} onClick={() => onGo(at)} aria-label={`${marker.label} by step ${at + 1}: ${phrase}`} title={phrase}>
      {marker.label} by step {at + 1} <span aria-hidden="true">↓</span>
    </button>
  );
}
