// The details of the current selection: an actor, a relation, or a sentence. Everything is
// rendered as text; every row leads on to the other actor or to the relation's evidence.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatCount } from '../../domain/count-format';
import type { Selection } from '../../domain/selection';
import { formatEdtf } from '../../domain/edtf-format';
import { kindStyle } from '../../domain/kinds';
import { isSuggested } from '../../domain/status';
import { useActions, useExplorer, useExplorerStore } from '../store/store-context';
import { ActorLink, KindGlyph, MarkedText, TypeSwatch } from '../ui/bits';
import { ActorSummary, KeyClaims } from './ActorClaims';
import { BundleDetails } from './BundleDetails';
import { CodesDisclosure } from './CodesDisclosure';
import { Attributes, Importance, NodeActions } from './DetailsSections';
import { EdgeDetails } from './EdgeDetails';
import { RelationRow, SentencesByDocument } from './RelationRow';
import { DraftNotice } from './ReviewBadge';
import { useAfterFirstPaint } from '../ui/use-after-first-paint';
import './DetailsPanel.css';

export function DetailsPanel() {
  const selection = useExplorer((s) => s.selection);
  const { ref, onKeyDown } = useFocusFollowsSelection(selection);
  return (
    <div ref={ref} onKeyDown={onKeyDown}>
      <SelectionDetails selection={selection} />
    </div>
  );
}

const isTextField = (t: EventTarget): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(t.type)));

/**
 * Keyboard focus follows a new selection (from the canvas, the table, search, the arrow keys'
 * cursor) to the details' heading, so that a screen reader reads what was chosen; Escape inside
 * the details takes it back to where the selection came from. A link followed inside the details
 * keeps the first place to return to. A selection opened with the page moves nothing, nor does
 * one shown while another tab is open. On a phone the details are a sheet: it takes focus as it
 * opens, and its Escape steps the sheet down (BottomSheet.tsx).
 */
function useFocusFollowsSelection(selection: Selection | null) {
  const ref = useRef<HTMLDivElement>(null);
  const store = useExplorerStore();
  const request = useExplorer((s) => s.detailsFocusRequest);
  const returnTo = useRef<HTMLElement | null>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (!opened.current) {
      opened.current = true;
      return;
    }
    const host = ref.current;
    // Opening the tab by hand is no new selection: the panel is read here, not followed.
    if (!selection || selection.kind === 'sentence' || store.getState().panel !== 'details' || !host) return;
    const active = document.activeElement;
    // Focus lost with the details it was in (a link to another actor), or never placed: keep the old way back.
    if (active instanceof HTMLElement && active !== document.body && !host.contains(active)) returnTo.current = active;
    const heading = host.querySelector('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [selection, request, store]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'Escape' || e.defaultPrevented || isTextField(e.target)) return;
    if (ref.current?.closest('[data-sheet-mode="bottom"], [data-sheet-mode="side"]')) return;
    const back = returnTo.current;
    // A way back into a tab that the selection closed (Analyse, Article) leads nowhere.
    if (!back?.isConnected || back.getClientRects().length === 0) return;
    e.preventDefault();
    back.focus();
  };
  return { ref, onKeyDown };
}

function SelectionDetails({ selection }: { selection: Selection | null }) {
  if (!selection) return <Overview />;
  if (selection.kind === 'node') return <NodeDetails key={selection.id} id={selection.id} />;
  if (selection.kind === 'edge') return <EdgeDetails id={selection.id} />;
  if (selection.kind === 'bundle') return <BundleDetails key={selection.id} id={selection.id} />;
  return <SentenceDetails id={selection.id} />;
}

const SOURCES_LISTED = 12;
/** A hub of a large corpus has hundreds of relations: the panel lists the first ones of each type until asked for all. */
const RELATIONS_LISTED = 8;
const SENTENCES_LISTED = 12;
/** Relations in an actor's first frame (about a screenful below its heading and importance), and sentences (below the fold); the rest follow a frame later. */
const FIRST_FRAME_RELATIONS = 8;
const FIRST_FRAME_SENTENCES = 0;

function ShowAll({ hidden, noun, onShow }: { hidden: number; noun: string; onShow: () => void }) {
  if (hidden <= 0) return null;
  return (
    <button type="button" className="text-button show-all" onClick={onShow}>
      Show {formatCount(hidden)} more {noun}
    </button>
  );
}

function Overview() {
  const index = useExplorer((s) => s.index);
  const top = useMemo(
    () =>
      [...index.file.nodes]
        .sort((a, b) => (index.degree.get(b.id) ?? 0) - (index.degree.get(a.id) ?? 0) || a.label.localeCompare(b.label))
        .slice(0, 8),
    [index],
  );
  // A corpus has thousands of articles: listing them all would weigh on every layout of the page.
  const recent = useMemo(
    () =>
      index.file.documents.length <= SOURCES_LISTED
        ? index.file.documents
        : [...index.file.documents].sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0)).slice(0, SOURCES_LISTED),
    [index],
  );
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title">Overview</h2>
      <p className="lead">
        Click an actor or a relation on the graph, pick a row of the relations table, or search. Every relation is a claim a source made, shown with the
        exact sentences it rests on.
      </p>
      <section className="details-section">
        <h3>Most connected actors</h3>
        <ol className="plain-list ranked">
          {top.map((n) => (
            <li key={n.id}>
              <ActorLink id={n.id} centre />
              <span className="count">{index.degree.get(n.id) ?? 0}</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="details-section">
        <h3>
          Sources {index.file.documents.length > SOURCES_LISTED && <span className="count">{formatCount(index.file.documents.length)}</span>}
        </h3>
        {index.file.documents.length > SOURCES_LISTED && (
          <p className="muted">The {SOURCES_LISTED} most recent; the article reader opens any of them.</p>
        )}
        <ul className="plain-list">
          {recent.map((d) => (
            <li key={d.id} className="source-item">
              <span className="doc-title">{d.title}</span>
              <span className="doc-meta">
                {formatEdtf(d.published)}
                {d.place ? ` · ${d.place}` : ''} · {index.sentencesByDocument.get(d.id)?.length ?? 0} sentences
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}


function NodeDetails({ id }: { id: string }) {
  const index = useExplorer((s) => s.index);
  const focus = useExplorer((s) => s.focus);
  const node = index.nodes.get(id)!;
  const k = kindStyle(node.kind);
  const groups = useMemo(() => {
    const byType = new Map<string, string[]>();
    for (const edgeId of index.edgesByNode.get(id) ?? []) {
      const type = index.edges.get(edgeId)!.type;
      // push, not a copy per relation: a hub has thousands.
      (byType.get(type) ?? byType.set(type, []).get(type)!).push(edgeId);
    }
    const order = [...index.types.keys()];
    return [...byType.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
  }, [index, id]);
  const sentenceIds = useMemo(() => [...new Set(node.mentions.map((m) => m.sentenceId))], [node]);
  const relationCount = index.edgesByNode.get(id)?.length ?? 0;
  const draftMentions = node.mentions.filter(isSuggested).length;
  const aliases = node.aliases.filter((a) => a !== node.label);
  const [allOf, setAllOf] = useState<ReadonlySet<string>>(new Set());
  const [allSentences, setAllSentences] = useState(false);
  const painted = useAfterFirstPaint();
  // Before the first paint: the first relations, in type order, up to a screenful.
  const listed = new Map<string, readonly string[]>();
  let firstFrameLeft = FIRST_FRAME_RELATIONS;
  for (const [typeId, edgeIds] of groups) {
    const n = allOf.has(typeId) ? edgeIds.length : painted ? RELATIONS_LISTED : Math.min(RELATIONS_LISTED, firstFrameLeft);
    firstFrameLeft -= Math.min(n, edgeIds.length);
    listed.set(typeId, edgeIds.slice(0, n));
  }
  const sentencesListed = allSentences ? sentenceIds.length : painted ? SENTENCES_LISTED : FIRST_FRAME_SENTENCES;

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">
        <KindGlyph kind={node.kind} proposed={isSuggested(node)} /> {k.label}
      </p>
      <h2 id="details-title">{node.label}</h2>
      <DraftNotice item={node} of="actor" />
      <ActorSummary id={id} />
      {node.description && <p className="description">{node.description}</p>}
      {aliases.length > 0 && (
        <div className="aliases">
          <h3 className="inline-heading">Also called</h3>
          <ul className="chips">
            {aliases.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      )}
      <KeyClaims id={id} />
      <NodeActions id={id} />
      <CodesDisclosure name="actor-codes">
        {() => (
          <>
            <dl className="facts">
              <dt>Actor id</dt>
              <dd className="id-code">{node.id}</dd>
              <dt>Kind</dt>
              <dd>
                {k.label} <span className="id-code">{node.kind}</span>
              </dd>
            </dl>
            <Importance id={id} />
            {node.attributes && <Attributes attributes={node.attributes} />}
          </>
        )}
      </CodesDisclosure>
      <section className="details-section" aria-labelledby="node-relations">
        <h3 id="node-relations">
          Relations <span className="count">{relationCount}</span>
        </h3>
        {groups.length === 0 && <p className="muted">No relations recorded for this actor.</p>}
        {groups.map(([typeId, edgeIds]) => {
          const type = index.types.get(typeId);
          return (
            <div key={typeId} className="rel-group">
              <h4>
                <TypeSwatch color={type?.color ?? '#888'} arrow={type?.directed !== false} />
                {type?.label ?? typeId} <span className="count">{edgeIds.length}</span>
              </h4>
              <ul className="plain-list">
                {listed.get(typeId)!.map((edgeId) => (
                  <RelationRow key={edgeId} edgeId={edgeId} from={id} />
                ))}
              </ul>
              {painted && !allOf.has(typeId) && (
                <ShowAll hidden={edgeIds.length - RELATIONS_LISTED} noun={type?.label ?? typeId} onShow={() => setAllOf(new Set([...allOf, typeId]))} />
              )}
            </div>
          );
        })}
      </section>
      <section className="details-section" aria-labelledby="node-mentions">
        <h3 id="node-mentions">
          Mentioned in {sentenceIds.length} sentence{sentenceIds.length === 1 ? '' : 's'}
        </h3>
        {sentenceIds.length === 0 && <p className="muted">No sentence names this actor.</p>}
        {draftMentions > 0 && (
          <p className="draft-note">
            {draftMentions} mention{draftMentions === 1 ? ' was' : 's were'} found by a machine draft and not reviewed.
          </p>
        )}
        <SentencesByDocument sentenceIds={sentenceIds.slice(0, sentencesListed)} marks={focus.marks} />
        {painted && !allSentences && <ShowAll hidden={sentenceIds.length - SENTENCES_LISTED} noun="sentences" onShow={() => setAllSentences(true)} />}
      </section>
    </article>
  );
}

function SentenceDetails({ id }: { id: string }) {
  const index = useExplorer((s) => s.index);
  const focus = useExplorer((s) => s.focus);
  const { readSentence } = useActions();
  const sentence = index.sentences.get(id)!;
  const doc = index.documents.get(sentence.documentId);
  const edgeIds = index.edgesBySentence.get(id) ?? [];
  const mentioned = [...new Set((index.mentionsBySentence.get(id) ?? []).map((m) => m.nodeId))];
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">
        {doc?.title ?? sentence.documentId}
        {doc ? ` · ${formatEdtf(doc.published)}` : ''}
      </p>
      <h2 id="details-title">Sentence {sentence.index + 1}</h2>
      <blockquote className="sentence-quote">
        <MarkedText sentence={sentence} marks={focus.marks.get(id)} />
      </blockquote>
      <button type="button" className="text-button" onClick={() => readSentence(id)}>
        Show in article <span aria-hidden="true">›</span>
      </button>
      <section className="details-section" aria-labelledby="sentence-relations">
        <h3 id="sentence-relations">
          Relations it supports <span className="count">{edgeIds.length}</span>
        </h3>
        {edgeIds.length === 0 && <p className="muted">No relation rests on this sentence.</p>}
        <ul className="plain-list">
          {edgeIds.map((e) => (
            <RelationRow key={e} edgeId={e} />
          ))}
        </ul>
      </section>
      <section className="details-section" aria-labelledby="sentence-actors">
        <h3 id="sentence-actors">Actors mentioned</h3>
        {mentioned.length === 0 && <p className="muted">None from the registry.</p>}
        <ul className="chips actor-chips">
          {mentioned.map((n) => (
            <li key={n}>
              <ActorLink id={n} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
