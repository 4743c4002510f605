// "Import": a file picker for graph JSON and GEXF. Drag and drop is handled by the app shell
// (ImportDropZone); both report refusals the same way.
import { useRef } from 'react';
import { useImport } from '../session/use-import';

export function ImportButton() {
  const inputRef = useRef<HTMLInputElement>(null);
  const { open } = useImport();
  return (
    <>
      <button type="button" className="tool-button" onClick={() => inputRef.current?.click()} title="Open a graph JSON or GEXF file (or drop one on the window)">
        Import
      </button>
      <input
        ref={inputRef}
        className="visually-hidden"
        type="file"
        accept=".json,.gexf,application/json,application/xml,text/xml"
        aria-label="Import a graph file (graph JSON or GEXF)"
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
