// The running import: the file, what is being done (bytes read, then parsing, checking, drawing),
// a bar (indeterminate while a parser runs without telling how far it is) and Cancel.
import { useSyncExternalStore } from 'react';
import { cancelImport, getImportProgress, subscribeImportProgress, type ImportProgress } from './imports';
import { FORMAT_NAMES } from './import-protocol';
import { mb } from './load-progress';

function phaseText(p: ImportProgress): string {
  const format = p.format ? FORMAT_NAMES[p.format] : null;
  switch (p.phase) {
    case 'reading':
      return p.format === 'graphml' ? 'Reading the GraphML file' : 'Reading the file';
    case 'parsing':
      return p.format === 'json' ? 'Parsing and checking the graph JSON' : `Parsing the ${format ?? 'file'} and checking the graph`;
    case 'checking':
      return 'Checking the graph';
    case 'opening':
      return 'Drawing the graph';
  }
}

export function ImportProgressCard() {
  const p = useSyncExternalStore(subscribeImportProgress, getImportProgress);
  if (!p) return null;
  const reading = p.phase === 'reading';
  const done = p.phase === 'opening';
  return (
    <section className="import-progress" aria-labelledby="import-progress-title">
      <div className="import-progress-head">
        <h2 id="import-progress-title">
          Opening {p.file}
        </h2>
        {!done && (
          <button type="button" className="secondary-button" onClick={cancelImport}>
            Cancel
          </button>
        )}
      </div>
      <progress key={reading ? 'bytes' : 'busy'} aria-labelledby="import-progress-title" max={reading ? p.total || 1 : undefined} value={reading ? p.loaded : undefined} />
      <p className="import-phase">
        {/* Only the phase is announced: the byte count changes too often to be read out. */}
        <span role="status">{phaseText(p)}…</span>{' '}
        {reading && p.total > 0 && (
          <span className="muted">
            {mb(p.loaded)} of {mb(p.total)}
          </span>
        )}
      </p>
    </section>
  );
}
