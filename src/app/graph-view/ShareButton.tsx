// Share: copies a link to the full view (filters, selection, time range, zoom and position) and
// shows it in a small popover, selected, for when the clipboard is refused.
import { useEffect, useId, useRef, useState } from 'react';
import { shareUrl } from '../session/url-sync';
import './share-publish.css';

type Copy = { url: string; copied: boolean };

export function ShareButton() {
  const [copy, setCopy] = useState<Copy | null>(null);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!copy) return;
    const onPointerDown = (e: PointerEvent): void => {
      if (!rootRef.current?.contains(e.target as Node)) setCopy(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [copy]);

  useEffect(() => {
    // Without the clipboard the link waits selected, for Ctrl+C.
    if (copy && !copy.copied) {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
  }, [copy]);

  const share = async (): Promise<void> => {
    const url = shareUrl() ?? location.href;
    let copied = false;
    try {
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(url);
        copied = true;
      }
    } catch {
      // Refused (no permission, not a secure context): the selected field is the way.
    }
    setCopy({ url, copied });
  };

  const close = (): void => {
    setCopy(null);
    document.getElementById(`${id}-button`)?.focus();
  };

  return (
    <div
      className="disclosure share"
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && copy) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button id={`${id}-button`} type="button" className="tool-button" aria-expanded={copy !== null} aria-controls={id} title="Copy a link to this view: filters, selection, time range, zoom and position" onClick={() => void share()}>
        Share
      </button>
      <div id={id} className="disclosure-panel share-panel" role="dialog" aria-label="Share this view" hidden={copy === null}>
        {copy && (
          <>
            <p className="share-status" role="status">
              {copy.copied ? 'Link copied' : 'Press Ctrl+C (⌘C on a Mac) to copy the link'}
            </p>
            <label className="share-field">
              <span className="visually-hidden">Link to this view</span>
              <input ref={fieldRef} type="text" readOnly value={copy.url} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <p className="share-note">It opens this view: filters, selection, time range, zoom and position. Dragged positions stay in this browser.</p>
          </>
        )}
      </div>
    </div>
  );
}
