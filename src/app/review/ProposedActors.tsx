// Actors the draft proposes, each with the registry actors it may be: merge into one (its name
// becomes an alias there) or add it to the registry as a new actor of a chosen kind.
import { useState } from 'react';
import { KindSelect } from './KindSelect';
import { ActorPicker } from '../ui/ActorPicker';
import { useReviewActions } from './review-context';
import type { ArticleView } from './workspace-api';
type ProposedActor = ArticleView['actors'][number];

export function ProposedActors({ actors, editable }: { actors: ProposedActor[]; editable: boolean }) {
  const open = actors.filter((a) => a.review !== 'rejected');
  if (!open.length) return null;
  return (
    <section className="proposed-actors" aria-labelledby="proposed-actors-title">
      <h3 id="proposed-actors-title">New actors proposed ({open.length})</h3>
      <ul className="plain-list">
        {open.map((a) => (
          <ProposedActorRow key={a.id} actor={a} editable={editable} />
        ))}
      </ul>
    </section>
  );
}

function ProposedActorRow({ actor, editable }: { actor: ProposedActor; editable: boolean }) {
  const { mergeActor, createActor } = useReviewActions();
  const [kind, setKind] = useState(actor.kind);
  const [other, setOther] = useState<string | null>(null);
  return (
    <li className="proposed-actor" aria-label={`Proposed actor ${actor.label}`}>
      <p>
        <strong>{actor.label}</strong> <span className="muted">{[actor.kind, actor.role].filter(Boolean).join(' · ')}</span>
      </p>
      {editable && (
        <>
          {actor.candidates.length > 0 && (
            <ul className="candidate-list" aria-label={`Existing actors ${actor.label} may be`}>
              {actor.candidates.map((c) => (
                <li key={c.id}>
                  <button type="button" className="secondary-button" onClick={() => void mergeActor(actor.id, c.id)}>
                    Merge into {c.label}
                  </button>{' '}
                  <span className="muted">{c.why}</span>
                </li>
              ))}
            </ul>
          )}
          <div className="editor-row">
            <ActorPicker label={`Merge ${actor.label} into another actor`} value={other} onChange={setOther} />
            <button type="button" className="secondary-button" disabled={!other} onClick={() => other && void mergeActor(actor.id, other)}>
              Merge
            </button>
          </div>
          <div className="editor-row">
            <KindSelect value={kind} onChange={setKind} include={actor.kind} />
            <button type="button" className="secondary-button" onClick={() => void createActor(actor.id, kind)}>
              Add {actor.label} to the registry
            </button>
          </div>
        </>
      )}
    </li>
  );
}
