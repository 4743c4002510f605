// A panel that becomes a sheet on narrow screens: from the bottom on a phone (peek and full
// heights, a bar to drag, Expand and Close buttons), from the side on a tablet (Close only).
// With mode 'off' it is the plain panel it wraps: its body does not even make a box, so the
// wide layout is the same with or without it. The same elements in every mode, so crossing a
// breakpoint (turning a tablet) keeps what the panel holds.
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { collapsedOnce, sizeAfterDrag, toggledHeight, type SheetMode, type SheetSize } from './sheet-size';
import './BottomSheet.css';

export interface BottomSheetProps {
  /** An aside is a landmark in every mode; a div becomes a region only as a sheet. */
  as?: 'aside' | 'div';
  id: string;
  className: string;
  /** The accessible name of the panel. */
  label: string;
  /** Shown in the sheet's bar. */
  title: string;
  mode: SheetMode;
  size: SheetSize;
  onSize(size: SheetSize): void;
  /** The button that opens the sheet: focus goes back to it when the sheet closes with focus inside. */
  returnFocusId?: string;
  children: ReactNode;
}

const isTextField = (t: EventTarget): boolean =>
  t instanceof HTMLElement &&
  (t.isContentEditable || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'range'].includes(t.type)));

export function BottomSheet({ as: Tag = 'aside', id, className, label, title, mode, size, onSize, returnFocusId, children }: BottomSheetProps) {
  // Typed as a div: an aside's ref takes it too.
  const ref = useRef<HTMLDivElement>(null);
  const drag = useRef<{ pointer: number; y: number; height: number; dy: number } | null>(null);
  const on = mode !== 'off';

  // Opening moves focus into the sheet (a selection on the canvas, a panel button), so that a
  // keyboard or screen-reader user is where the new content is. Closing with focus inside (its
  // buttons, Escape, a pick in it that opens another panel) hands focus back to the panel button.
  const shownBefore = useRef(size);
  useEffect(() => {
    const before = shownBefore.current;
    shownBefore.current = size;
    const el = ref.current;
    if (!on || !el || before === size) return;
    if (before === 'closed') el.focus({ preventScroll: true });
    else if (size === 'closed' && returnFocusId && el.contains(document.activeElement)) document.getElementById(returnFocusId)?.focus();
  }, [on, size, returnFocusId]);

  // A sheet slides when it opens or closes, not when the window crosses a breakpoint: the wide
  // layout's filters becoming a closed drawer must not slide out across the graph.
  const modeBefore = useRef(mode);
  useLayoutEffect(() => {
    const el = ref.current;
    if (modeBefore.current === mode || !el) return;
    modeBefore.current = mode;
    el.classList.add('is-settling');
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => el.classList.remove('is-settling'));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
      el.classList.remove('is-settling');
    };
  }, [mode]);

  const request = (next: SheetSize): void => {
    if (next !== size) onSize(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    // Escape in a text field clears or closes the field's own list first.
    if (e.key !== 'Escape' || e.defaultPrevented || isTextField(e.target)) return;
    e.preventDefault();
    request(collapsedOnce(size, mode));
  };

  // Dragging the bar: the sheet follows the finger (its height), and settles one step up or down.
  const onPointerDown = (e: PointerEvent<HTMLDivElement>): void => {
    const el = ref.current;
    if (mode !== 'bottom' || !el || (e.target instanceof Element && e.target.closest('button'))) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { pointer: e.pointerId, y: e.clientY, height: el.getBoundingClientRect().height, dy: 0 };
    el.classList.add('is-dragging');
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>): void => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId || !ref.current) return;
    d.dy = e.clientY - d.y;
    ref.current.style.height = `${Math.min(window.innerHeight, Math.max(0, d.height - d.dy))}px`;
  };
  const endDrag = (e: PointerEvent<HTMLDivElement>, cancelled: boolean): void => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    drag.current = null;
    ref.current?.classList.remove('is-dragging');
    ref.current?.style.removeProperty('height');
    if (cancelled) return;
    const next = sizeAfterDrag(size, d.dy);
    request(next ?? toggledHeight(size));
  };

  return (
    <Tag
      ref={ref}
      id={id}
      className={className}
      data-sheet-mode={mode}
      data-sheet={on ? size : undefined}
      role={Tag === 'div' && on ? 'region' : undefined}
      aria-label={Tag === 'aside' || on ? label : undefined}
      tabIndex={on ? -1 : undefined}
      onKeyDown={on ? onKeyDown : undefined}
    >
      {on && (
        <div className="sheet-bar" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={(e) => endDrag(e, false)} onPointerCancel={(e) => endDrag(e, true)}>
          {mode === 'bottom' && <span className="sheet-handle" aria-hidden="true" />}
          <span className="sheet-title">{title}</span>
          {mode === 'bottom' && (
            <button type="button" className="sheet-button" aria-expanded={size === 'full'} onClick={() => request(toggledHeight(size))}>
              {size === 'full' ? 'Collapse' : 'Expand'}
            </button>
          )}
          <button type="button" className="sheet-button sheet-close" aria-label={`Close ${title}`} title={`Close ${title}`} onClick={() => request('closed')}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      )}
      <div className="sheet-body">{children}</div>
    </Tag>
  );
}
