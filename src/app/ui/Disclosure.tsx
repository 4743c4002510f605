// A button that opens a small panel of choices (Layout ▾, Export ▾): a disclosure, so every
// choice is a plain button reached with Tab. Escape or a click elsewhere closes it.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function DisclosureMenu({ label, title, children }: { label: string; title?: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent): void => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (): void => {
    setOpen(false);
    document.getElementById(`${id}-button`)?.focus();
  };

  return (
    <div
      className="disclosure"
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button id={`${id}-button`} type="button" className="tool-button" aria-expanded={open} aria-controls={id} title={title} onClick={() => setOpen((o) => !o)}>
        {label}
        <span className="caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={id} className="disclosure-panel" hidden={!open}>
        {open && children(close)}
      </div>
    </div>
  );
}
