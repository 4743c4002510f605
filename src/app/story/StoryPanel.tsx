// The Story tab: the claims of an actor, or of a pair of actors, across articles in the order
// they happened. A step shows the graph as it stood that day (the store's `time.asOf`), so the
// canvas and the table replay the story; "Show all" returns to the whole graph.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { storySteps } from '../../domain/claims/story';
import { asOfLabel, storySummary, storyTitle } from '../../domain/claims/story-text';
import { formatCount } from '../../domain/count-format';
import { nodeLabel } from '../../domain/graph-index';
import { useActions, useExplorer } from '../store/store-context';
import { ActorPicker } from '../ui/ActorPicker';
import { listedCount, neighbourStep, storySubject, topStoryPairs, type StorySubject } from './story-selectors';
import { StoryStepItem } from './StoryStep';
import { revealInPanel } from '../ui/reveal-in-panel';
import './story.css';

/** `active`: the tab is shown; a hidden tab keeps whose story it was, without computing it. */
export function StoryPanel({ active }: { active: boolean }) {
  const index = useExplorer((s) => s.index);
  const selection = useExplorer((s) => s.selection);
  const storyWith = useExplorer((s) => s.storyWith);
  // The last actor chosen: stepping selects claims, and the story must stay that actor's.
  const [anchor, setAnchor] = useState<string | null>(selection?.kind === 'node' ? selection.id : null);
  if (selection?.kind === 'node' && selection.id !== anchor) setAnchor(selection.id);
  const [members, setMembers] = useState(true);
  const subject = useMemo(() => storySubject(index, selection, storyWith, anchor), [index, selection, storyWith, anchor]);
  if (!active) return null;
  if (!subject) return <StoryStart />;
  return <Story key={`${subject.actor}|${subject.with ?? ''}|${members}`} subject={subject} members={members} onMembers={setMembers} onAnchor={setAnchor} />;
}

function StoryStart() {
  const index = useExplorer((s) => s.index);
  const pairs = useMemo(() => topStoryPairs(index, 3), [index]);
  const { selectNode, setStoryWith, showPanel } = useActions();
  return (
    <div className="story">
      <h2 className="story-title">Story</h2>
      <p className="story-intro">
        The claims about an actor, or between two actors, in the order they happened: each with its date, its status, the outlets that report it and the
        words they quote. Stepping through them shows the graph as it stood on each day.
      </p>
      <p className="story-intro">Select an actor or a relation, or start with one of the longest stories:</p>
      {pairs.length > 0 && (
        <ul className="plain-list story-starts" aria-label="Longest stories">
          {pairs.map((p) => (
            <li key={`${p.a}|${p.b}`}>
              <button
                type="button"
                className="secondary-button story-start"
                onClick={() => {
                  selectNode(p.a);
                  setStoryWith(p.b);
                  showPanel('story');
                }}
              >
                <span>{storyTitle(nodeLabel(index, p.a), nodeLabel(index, p.b))}</span>
                <span className="count">{formatCount(p.claims)}</span>
                <span className="visually-hidden"> claims</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Story({ subject, members, onMembers, onAnchor }: { subject: StorySubject; members: boolean; onMembers(on: boolean): void; onAnchor(id: string): void }) {
  const index = useExplorer((s) => s.index);
  const selectedEdge = useExplorer((s) => (s.selection?.kind === 'edge' ? s.selection.id : null));
  const asOf = useExplorer((s) => s.time.asOf ?? null);
  const storyWith = useExplorer((s) => s.storyWith);
  const { selectEdge, showPanel, stepStoryTo, setStoryWith } = useActions();
  const steps = useMemo(() => storySteps(index, subject.actor, subject.with, { members }), [index, subject.actor, subject.with, members]);
  const stepOf = useMemo(() => new Map(steps.map((s, i) => [s.edge.id, i])), [steps]);
  const current = selectedEdge === null ? -1 : (stepOf.get(selectedEdge) ?? -1);
  const [showAll, setShowAll] = useState(false);
  const listed = listedCount(steps.length, current, showAll);

  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const controls = useRef<HTMLDivElement>(null);
  const focusWanted = useRef<number | null>(null);
  const buttonRef = useCallback((at: number, el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(at, el);
    else buttons.current.delete(at);
  }, []);

  const go = useCallback(
    (at: number) => {
      const step = steps[at];
      if (!step) return;
      // Pin the story (it may have come from a selected claim's two ends): the next selection is a
      // claim of a member, whose own ends would tell another story.
      onAnchor(subject.actor);
      if (storyWith !== subject.with) setStoryWith(subject.with);
      stepStoryTo(step.day);
      selectEdge(step.edge.id);
      // Selecting a claim opens Details; the story stays open so the next step is one key away.
      showPanel('story');
    },
    [steps, subject, storyWith, onAnchor, setStoryWith, stepStoryTo, selectEdge, showPanel],
  );

  // Keep the current step in view below the sticky controls, scrolling only the tab's own panel
  // (scrollIntoView would also scroll the page sideways on a narrow screen).
  useEffect(() => {
    const el = buttons.current.get(current)?.closest('li');
    if (!el) return;
    if (focusWanted.current === current) buttons.current.get(current)?.focus({ preventScroll: true });
    focusWanted.current = null;
    revealInPanel(el, controls.current?.offsetHeight ?? 0);
  }, [current]);

  const step = (direction: 1 | -1): void => {
    const next = neighbourStep(current, steps.length, direction);
    if (next !== null) go(next);
  };

  const onListKey = (e: KeyboardEvent<HTMLOListElement>): void => {
    const at = (e.target as HTMLElement).dataset.step;
    if (at === undefined) return;
    const direction = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!direction) return;
    e.preventDefault();
    const next = neighbourStep(Number(at), steps.length, direction);
    if (next === null) return;
    focusWanted.current = next;
    go(next);
  };

  const actorLabel = nodeLabel(index, subject.actor);
  const withLabel = subject.with ? nodeLabel(index, subject.with) : null;
  return (
    <div className="story">
      <h2 className="story-title">
        Story: {storyTitle(actorLabel, withLabel)}
        <span className="visually-hidden"> · </span>
        <span className="story-summary">{storySummary(steps)}</span>
      </h2>
      <div className="story-options">
        <ActorPicker
          label="With actor"
          value={subject.with}
          onChange={(id) => {
            onAnchor(subject.actor);
            setStoryWith(id);
          }}
        />
        {subject.with && (
          <button
            type="button"
            className="text-button"
            onClick={() => {
              onAnchor(subject.actor);
              setStoryWith(null);
            }}
          >
            With everyone
          </button>
        )}
        <label className="toggle-row compact story-members">
          <input type="checkbox" checked={members} onChange={(e) => onMembers(e.target.checked)} />
          <span>Include members (people and bodies that belong to them)</span>
        </label>
      </div>
      {steps.length === 0 ? (
        <p className="story-empty">{withLabel ? `No claims between ${actorLabel} and ${withLabel}.` : `No claims about ${actorLabel}.`}</p>
      ) : (
        <>
          <div className="story-controls" ref={controls}>
            <div className="story-buttons" role="group" aria-label="Step through the story">
              <button type="button" className="secondary-button" disabled={current <= 0} onClick={() => step(-1)}>
                <span aria-hidden="true">‹ </span>Previous step
              </button>
              <button type="button" className="secondary-button" disabled={current >= steps.length - 1} onClick={() => step(1)}>
                Next step<span aria-hidden="true"> ›</span>
              </button>
              <button type="button" className="text-button" disabled={asOf === null} onClick={() => stepStoryTo(null)}>
                Show all
              </button>
            </div>
            <p className="story-position" aria-live="polite">
              {/* Names the story too: the heading has scrolled away when a late step is current. */}
              <span className="story-position-title">{storyTitle(actorLabel, withLabel)}</span>
              {current >= 0 ? ` · step ${current + 1} of ${steps.length}` : ` · ${formatCount(steps.length)} steps`}
              {asOf && ` · graph as of ${asOfLabel(asOf)}`}
            </p>
          </div>
          <ol className="story-steps" aria-label="Story steps" onKeyDown={onListKey}>
            {steps.slice(0, listed).map((s, i) => (
              <StoryStepItem
                key={s.edge.id}
                step={s}
                at={i}
                current={i === current}
                later={asOf !== null && s.day > asOf}
                stepOf={stepOf}
                onGo={go}
                buttonRef={buttonRef}
              />
            ))}
          </ol>
          {listed < steps.length && (
            <button type="button" className="secondary-button story-more" onClick={() => setShowAll(true)}>
              Show all {formatCount(steps.length)} steps
            </button>
          )}
        </>
      )}
    </div>
  );
}
