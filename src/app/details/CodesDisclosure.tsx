// "Codes and metrics": what analysts read (type codes, ids, metrics, review scores, raw fields)
// below what everyone reads, closed until asked for. A heading with a button (the disclosure
// pattern); the panel's content exists only while open. Opening it once keeps it open for the
// next relation or actor, so an analyst does not reopen it on every selection.
import { useId, useSyncExternalStore, type ReactNode } from 'react';
import './CodesDisclosure.css';

export type DisclosureName = 'relation-codes' | 'actor-codes';

const open = new Set<DisclosureName>();
const listeners = new Set<() => void>();

function setOpen(name: DisclosureName, value: boolean): void {
  if (value) open.add(name);
  else open.delete(name);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const CODES_LABEL = 'Codes and metrics';

export function CodesDisclosure({ name, children }: { name: DisclosureName; children: () => ReactNode }) {
  const isOpen = useSyncExternalStore(subscribe, () => open.has(name));
  const id = useId();
  return (
    <section className="details-section codes-disclosure" aria-labelledby={`${id}-button`}>
      <h3 className="codes-heading">
        <button id={`${id}-button`} type="button" className="codes-toggle" aria-expanded={isOpen} aria-controls={id} onClick={() => setOpen(name, !isOpen)}>
          {CODES_LABEL}
        </button>
      </h3>
      <div id={id} className="codes-panel" hidden={!isOpen}>
        {isOpen && children()}
      </div>
    </section>
  );
}
