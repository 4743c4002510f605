// The review tab: pick or paste an article, then go through its suggested claims one by one.
// A accepts, X rejects, E edits, J/K (or ↓/↑) move; Ctrl+Z undoes, Ctrl+Shift+Z redoes.
import { useEffect, useRef } from 'react';
import { formatEdtf } from '../../domain/edtf-format';
import { useActions, useExplorer } from '../store/store-context';
import { ClaimEvidence, ClaimSummary } from './ClaimCard';
import { ProposedActors } from './ProposedActors';
import { RelationEditor, type EditorResult } from './RelationEditor';
import { useReview, useReviewActions } from './review-context';
import { corpusProgress, nextToReview, shownArticle } from './review-selectors';
import { PasteArticle } from './PasteArticle';
import { WorkspaceBanner } from './WorkspaceBanner';
import { revealInPanel } from '../ui/reveal-in-panel';
import './review.css';

export function ReviewPanel({ active }: { active: boolean }) {
  const status = useReview((s) => s.status);
  const articles = useReview((s) => s.articles);
  const articleId = useReview((s) => s.articleId);
  const article = useReview(shownArticle);
  const cursor = useReview((s) => s.cursor);
  const editing = useReview((s) => s.editing);
  const quoteDraft = useReview((s) => s.quoteDraft);
  const undo = useReview((s) => s.undo);
  const redo = useReview((s) => s.redo);
  const busy = useReview((s) => s.busy);
  const actions = useReviewActions();
  const editable = status.kind === 'editable';
  // Not reset on unmount: a save remounts this panel, and the keys must keep working meanwhile.
  useEffect(() => actions.setKeysOn(active), [active, actions]);
  const current = article?.relations.find((r) => r.id === cursor) ?? null;
  const listRef = useRef<HTMLOListElement>(null);
  // The Article tab shows the article under review, for selecting words in it.
  const { showDocument } = useActions();
  const hasDocument = useExplorer((s) => (articleId ? s.index.documents.has(articleId) : false));
  useEffect(() => {
    if (articleId && hasDocument) showDocument(articleId);
  }, [articleId, hasDocument, showDocument]);
  useEffect(() => {
    if (!cursor) return;
    const item = listRef.current?.querySelector(`[data-relation="${CSS.escape(cursor)}"]`);
    if (item) revealInPanel(item);
  }, [cursor]);

  const totals = corpusProgress(articles);
  const nextArticle = nextToReview(articles, articleId);
  const counts = article?.counts.relations;
  const done = counts ? counts.reviewed + counts.rejected : 0;
  const all = counts ? done + counts.suggested : 0;

  const save = (result: EditorResult): void => {
    // The new actors first: the outbox sends in order, so the claim never names an unknown actor.
    for (const a of result.newActors) void actions.newActor(a);
    if (result.kind === 'new') void actions.addRelation(result.relation);
    else if (current) void actions.edit(current.id, result.set);
  };

  return (
    <section className="review" aria-label="Review">
      <WorkspaceBanner />
      <div className="review-head">
        <label className="doc-picker">
          <span>Article to review</span>
          <select value={articleId ?? ''} onChange={(e) => e.target.value && void actions.openArticle(e.target.value)}>
            <option value="">Choose an article…</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.published ? `${formatEdtf(a.published)} — ` : ''}
                {a.title}
                {a.suggested ? ` (${a.suggested} to review)` : ''}
              </option>
            ))}
          </select>
        </label>
        <p className="review-progress" aria-live="polite">
          {article && <strong>{`${done} of ${all} reviewed`}</strong>}
          {article && ' in this article · '}
          {`${totals.done} of ${totals.all} across ${articles.length} articles`}
        </p>
        {article && all > 0 && <progress max={all} value={done} aria-label="Reviewed in this article" />}
        {nextArticle && (
          <button type="button" className="secondary-button" onClick={() => void actions.openArticle(nextArticle.id)}>
            Next article to review: {nextArticle.title} ({nextArticle.suggested})
          </button>
        )}
        {editable && <PasteArticle />}
      </div>

      {quoteDraft && quoteDraft.articleId === article?.id && (
        <RelationEditor key={quoteDraft.quote} quote={quoteDraft} onSave={save} onCancel={() => actions.relationFromQuote(null)} />
      )}

      {article && (
        <>
          {editable && (
            <div className="review-toolbar" role="toolbar" aria-label="Review actions">
              <button type="button" className="secondary-button" disabled={!current || busy} onClick={() => void actions.accept()} aria-keyshortcuts="A">
                Accept <kbd>A</kbd>
              </button>
              <button type="button" className="secondary-button" disabled={!current || busy} onClick={() => void actions.reject()} aria-keyshortcuts="X">
                Reject <kbd>X</kbd>
              </button>
              <button type="button" className="secondary-button" disabled={!current || busy} onClick={() => actions.setEditing(!editing)} aria-keyshortcuts="E" aria-pressed={editing}>
                Edit <kbd>E</kbd>
              </button>
              <button type="button" className="secondary-button" disabled={!undo.length || busy} onClick={() => void actions.undoLast()} aria-keyshortcuts="Control+Z" title={undo.length ? `Undo ${undo.at(-1)!.label}` : 'Nothing to undo'}>
                Undo
              </button>
              <button type="button" className="secondary-button" disabled={!redo.length || busy} onClick={() => void actions.redoLast()} aria-keyshortcuts="Control+Shift+Z" title={redo.length ? `Redo ${redo.at(-1)!.label}` : 'Nothing to redo'}>
                Redo
              </button>
            </div>
          )}
          {article.relations.length === 0 && <p className="muted">The draft of this article has no relations. Select words in the Article tab to add one.</p>}
          <ol className="review-queue" ref={listRef} aria-label="Claims of this article">
            {article.relations.map((r) => (
              <li key={r.id} data-relation={r.id} className={`queue-item is-${r.review}${r.id === cursor ? ' is-current' : ''}`} aria-current={r.id === cursor ? 'true' : undefined}>
                <button type="button" className="queue-pick" onClick={() => actions.pointAt(r.id)}>
                  {/* Named by what it shows (label in name), then its id. */}
                  <ClaimSummary item={r} />
                  <span className="visually-hidden">, claim {r.id}</span>
                </button>
                {r.id === cursor &&
                  (editing && editable ? (
                    <RelationEditor key={r.id} item={r} onSave={save} onCancel={() => actions.setEditing(false)} />
                  ) : (
                    <ClaimEvidence item={r} articleId={article.id} />
                  ))}
              </li>
            ))}
          </ol>
          <ProposedActors actors={article.actors} editable={editable} />
        </>
      )}
    </section>
  );
}
