// What the reviewer must know before anything else: the server is away (edits kept in this
// browser), a save met a newer version, the tab cannot write, or the last save's outcome.
import { useReview, useReviewActions } from './review-context';

export function WorkspaceBanner() {
  const status = useReview((s) => s.status);
  const online = useReview((s) => s.online);
  const unsaved = useReview((s) => s.outbox.length);
  const paused = useReview((s) => s.paused);
  const notice = useReview((s) => s.notice);
  const { reapplyMine, discardMine, dismissNotice } = useReviewActions();
  return (
    <div className="review-banners">
      {status.kind === 'read-only' && (
        <p className="review-banner is-warning" role="status">
          Read-only. {status.why} Open the address that <code>npm start</code> printed (it ends in <code>?token=…</code>) to review.
        </p>
      )}
      {!online && (
        <p className="review-banner is-error" role="alert">
          The workspace server does not answer. {unsaved ? `${unsaved} unsaved edit${unsaved === 1 ? ' is' : 's are'} kept in this browser` : 'Edits you make are kept in this browser'} and saved when it is back.
        </p>
      )}
      {paused?.kind === 'token' && (
        <p className="review-banner is-error" role="alert">
          {paused.message}
        </p>
      )}
      {paused?.kind === 'conflict' && (
        <div className="review-banner is-error" role="alert">
          <p>
            <strong>Not saved:</strong> {paused.message}. The newer version is shown; your {unsaved === 1 ? 'edit is' : `${unsaved} edits are`} kept.
          </p>
          <div className="review-banner-actions">
            <button type="button" className="secondary-button" onClick={() => void reapplyMine()}>
              Re-apply my edit{unsaved === 1 ? '' : 's'}
            </button>
            <button type="button" className="text-button" onClick={discardMine}>
              Discard mine
            </button>
          </div>
        </div>
      )}
      {notice && (
        <div className={`review-banner ${notice.kind === 'error' ? 'is-error' : 'is-info'}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          {notice.errors && notice.errors.length > 1 && (
            <ul className="review-errors">
              {notice.errors.slice(1, 6).map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <button type="button" className="text-button" aria-label="Dismiss message" onClick={dismissNotice}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
