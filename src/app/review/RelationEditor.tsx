// Correct a claim, or make one from a quote: type, source and target (swappable), status, date,
// who said it and who reported it. Enter in a field saves, Escape cancels.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '../../domain/graph-contract';
import { actorIdOf, type NewRelation, type RelationFields } from '../../domain/review-actions';
import { statusStyle } from '../../domain/status';
import { ActorPicker } from '../ui/ActorPicker';
import { useExplorer } from '../store/store-context';
import { KindSelect, useKinds } from './KindSelect';
import type { RelationItem } from './workspace-api';

interface Draft {
  type: string;
  source: string | null;
  target: string | null;
  status: ClaimStatus;
  date: string;
  saidBy: string | null;
  reportedBy: string | null;
}

const draftOf = (item: Partial<RelationItem>, firstType: string): Draft => ({
  type: item.type ?? firstType,
  source: item.source ?? null,
  target: item.target ?? null,
  status: (item.status as ClaimStatus | undefined) ?? 'asserted',
  date: item.date ?? '',
  saidBy: item.saidBy ?? null,
  reportedBy: item.reportedBy ?? null,
});

/** An actor the reviewer adds to the registry for this claim. */
export interface NewActor {
  id: string;
  label: string;
  actorKind: string;
}

export type EditorResult = ({ kind: 'edit'; set: RelationFields } | { kind: 'new'; relation: NewRelation }) & { newActors: NewActor[] };

export function RelationEditor({
  item,
  quote,
  onSave,
  onCancel,
}: {
  /** The claim to correct; absent for a new one. */
  item?: RelationItem;
  /** The new claim's evidence. */
  quote?: { quote: string; within?: string };
  onSave: (result: EditorResult) => void;
  onCancel: () => void;
}) {
  const types = useExplorer((s) => s.index.file.relationTypes);
  const [d, setD] = useState<Draft>(() => draftOf(item ?? {}, types[0]?.id ?? ''));
  const [problem, setProblem] = useState<string | null>(null);
  const [newActors, setNewActors] = useState<Partial<Record<'source' | 'target', NewActor>>>({});
  const change = (patch: Partial<Draft>): void => setD((old) => ({ ...old, ...patch }));
  const chooseNew = (end: 'source' | 'target', actor: NewActor | null): void => {
    setNewActors((old) => {
      const next = { ...old };
      if (actor) next[end] = actor;
      else delete next[end];
      return next;
    });
    change({ [end]: actor ? actor.id : null });
  };
  const created = Object.values(newActors).filter((a) => a.id === d.source || a.id === d.target);
  // Opened from the keyboard (E): the keys go on in the form.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, select')?.focus(), []);

  const submit = (e?: FormEvent): void => {
    e?.preventDefault();
    if (!d.source || !d.target) return setProblem('Choose a source and a target actor.');
    if (d.date && !/^\d{4}(-\d{2}(-\d{2})?)?(\/(\d{4}(-\d{2}(-\d{2})?)?|\.\.))?$/.test(d.date)) return setProblem('Write the date as 2024, 2024-10 or 2024-10-04.');
    if (created.some((a) => !a.label.trim())) return setProblem('Give the new actor a name.');
    if (!item) {
      if (!quote) return;
      onSave({
        newActors: created,
        kind: 'new',
        relation: {
          source: d.source,
          type: d.type,
          target: d.target,
          quote: quote.quote,
          ...(quote.within ? { within: quote.within } : {}),
          status: d.status,
          ...(d.date ? { date: d.date } : {}),
          ...(d.saidBy ? { saidBy: d.saidBy } : {}),
          ...(d.reportedBy ? { reportedBy: d.reportedBy } : {}),
        },
      });
      return;
    }
    const set: RelationFields = {};
    if (d.type !== item.type) set.type = d.type;
    if (d.source !== item.source) set.source = d.source;
    if (d.target !== item.target) set.target = d.target;
    if (d.status !== (item.status ?? 'asserted')) set.status = d.status;
    if (d.date !== (item.date ?? '')) set.date = d.date || null;
    if (d.saidBy !== (item.saidBy ?? null)) set.saidBy = d.saidBy;
    if (d.reportedBy !== (item.reportedBy ?? null)) set.reportedBy = d.reportedBy;
    onSave({ kind: 'edit', set, newActors: created });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };

  return (
    <form ref={formRef} className="relation-editor" aria-label={item ? `Edit relation ${item.id}` : 'New relation'} onSubmit={submit} onKeyDown={onKeyDown}>
      {quote && (
        <blockquote className="editor-quote">
          <mark className="mark-quote">{quote.quote}</mark>
        </blockquote>
      )}
      <ActorEnd end="source" label="Source" value={d.source} created={newActors.source} onPick={(source) => change({ source })} onNew={(a) => chooseNew('source', a)} />
      <div className="editor-row">
        <label>
          <span>Relation</span>
          <select value={d.type} onChange={(e) => change({ type: e.target.value })}>
            {types.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="text-button" onClick={() => change({ source: d.target, target: d.source })} title="Swap source and target">
          ⇅ Swap direction
        </button>
      </div>
      <ActorEnd end="target" label="Target" value={d.target} created={newActors.target} onPick={(target) => change({ target })} onNew={(a) => chooseNew('target', a)} />
      <div className="editor-row">
        <label>
          <span>Status</span>
          <select value={d.status} onChange={(e) => change({ status: e.target.value as ClaimStatus })}>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusStyle(s).label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Date</span>
          <input value={d.date} placeholder="2024-10-04" inputMode="numeric" onChange={(e) => change({ date: e.target.value.trim() })} />
        </label>
      </div>
      <ActorPicker label="Said by" value={d.saidBy} onChange={(saidBy) => change({ saidBy })} />
      <ActorPicker label="Reported by" value={d.reportedBy} onChange={(reportedBy) => change({ reportedBy })} />
      {problem && (
        <p className="editor-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="editor-actions">
        <button type="submit" className="primary-button">
          {item ? 'Save and mark reviewed' : 'Add relation'}
        </button>
        <button type="button" className="text-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A source or target: an actor of the graph, or a new one named here (added to the registry on save). */
function ActorEnd({
  end,
  label,
  value,
  created,
  onPick,
  onNew,
}: {
  end: 'source' | 'target';
  label: string;
  value: string | null;
  created: NewActor | undefined;
  onPick: (id: string | null) => void;
  onNew: (actor: NewActor | null) => void;
}) {
  const kinds = useKinds();
  if (!created) {
    return (
      <div className="actor-end">
        <ActorPicker label={label} value={value} onChange={onPick} />
        <button type="button" className="text-button" onClick={() => onNew({ id: '', label: '', actorKind: kinds.includes('person') ? 'person' : (kinds[0] ?? 'organization') })}>
          New actor…
        </button>
      </div>
    );
  }
  const update = (patch: Partial<NewActor>): void => {
    const next = { ...created, ...patch };
    onNew({ ...next, id: actorIdOf(next.label) });
  };
  return (
    <fieldset className="new-actor">
      <legend>{`New ${end} actor`}</legend>
      <div className="editor-row">
        <label>
          <span>Name</span>
          <input value={created.label} onChange={(e) => update({ label: e.target.value })} placeholder="Jogorku Kenesh" />
        </label>
        <KindSelect value={created.actorKind} onChange={(actorKind) => update({ actorKind })} />
        <button type="button" className="text-button" onClick={() => onNew(null)}>
          Choose an existing actor
        </button>
      </div>
    </fieldset>
  );
}
