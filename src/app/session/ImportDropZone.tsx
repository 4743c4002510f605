// Opening graph files: by the toolbar's file picker or by dropping a file anywhere on the
// window. While a file is read its progress shows with a Cancel button; a refused or cancelled
// file leaves the current graph as it is, and a refusal says what is wrong, naming the file and
// each problem with its line or field path, like the loader does.
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { clearImportProgress, importShown, type ImportRefusal } from './imports';
import { useGraphSession } from './graph-session';
import { ImportProgressCard } from './ImportProgress';
import { ImportContext } from './use-import';
import './ImportDropZone.css';

const hasFiles = (e: DragEvent): boolean => [...e.dataTransfer.types].includes('Files');

export function ImportDropZone({ children }: { children: ReactNode }) {
  const { openFile } = useGraphSession();
  const [refusal, setRefusal] = useState<ImportRefusal | null>(null);
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  /** The latest file asked for: only its outcome is shown (a slower earlier file is ignored). */
  const latest = useRef(0);
  // A new graph's app mounts this anew: an import that was being drawn is shown now.
  useEffect(importShown, []);

  const open = useCallback(
    async (file: File) => {
      const request = ++latest.current;
      setRefusal(null);
      let result: ImportRefusal | null;
      try {
        result = await openFile(file);
      } catch (error) {
        result = { ok: false, source: file.name, summary: `Could not open ${file.name}.`, problems: [error instanceof Error ? error.message : String(error)] };
      }
      // A later file was asked for meanwhile: its progress and outcome are the ones to show. On
      // success the new graph's app replaces this one, and its drop zone ends the progress.
      if (request !== latest.current || !result) return;
      clearImportProgress();
      if (!result.cancelled) setRefusal(result);
    },
    [openFile],
  );
  const api = useMemo(() => ({ open }), [open]);

  return (
    <ImportContext.Provider value={api}>
      <div
        className="drop-zone"
        onDragEnter={(e) => {
          if (!hasFiles(e)) return;
          depth.current += 1;
          setDragging(true);
        }}
        onDragOver={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => {
          depth.current = Math.max(0, depth.current - 1);
          if (depth.current === 0) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          depth.current = 0;
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) void open(file);
        }}
      >
        {children}
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            <p>Drop a graph JSON, GEXF or GraphML file to open it</p>
          </div>
        )}
        <ImportProgressCard />
        {refusal && (
          <div className="import-error" role="alert" aria-labelledby="import-error-title">
            <h2 id="import-error-title">The file could not be opened</h2>
            <p className="error-summary">{refusal.summary}</p>
            {refusal.problems.length > 0 && (
              <ul className="error-problems" aria-label="Problems">
                {refusal.problems.map((p, i) => (
                  <li key={i}>
                    <code>{p}</code>
                  </li>
                ))}
              </ul>
            )}
            {refusal.hint && <p className="error-hint">{refusal.hint}</p>}
            <p className="muted">The graph shown is unchanged.</p>
            <button type="button" className="text-button" onClick={() => setRefusal(null)}>
              Dismiss
            </button>
          </div>
        )}
      </div>
    </ImportContext.Provider>
  );
}
