// "Import": a file picker for graph JSON, GEXF and GraphML. Drag and drop is handled by the app
// shell (ImportDropZone); both show the same progress and report refusals the same way.
import { useRef } from 'react';
import { MAX_IMPORT_BYTES } from '../session/imports';
import { useImport } from '../session/use-import';

export function ImportButton() {
  const inputRef = useRef<HTMLInputElement>(null);
  const { open } = useImport();
  return (
    <>
      <button type="button" className="tool-button" onClick={() => inputRef.current?.click()} title={`Open a graph JSON, GEXF or GraphML file of up to ${MAX_IMPORT_BYTES / 1e6} MB (or drop one on the window)`}>
        Import
      </button>
      <input
        ref={inputRef}
        className="visually-hidden"
        type="file"
        accept=".json,.gexf,.graphml,.xml,application/json,application/xml,text/xml"
        // The browser tests find the picker by this name (e2e/support/explorer-page.ts); it should name GraphML too.
        aria-label="Import a graph file (graph JSON, GEXF or GraphML)"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }}
      />
    </>
  );
}
