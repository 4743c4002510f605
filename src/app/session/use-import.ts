// How a component opens a graph file (the toolbar's Import button): through the drop zone that
// wraps the app, so that a file picked and a file dropped show their progress and refusals alike.
import { createContext, useContext } from 'react';

export interface ImportApi {
  open(file: File): Promise<void>;
}

/** Provided by <ImportDropZone>. */
export const ImportContext = createContext<ImportApi | null>(null);

export function useImport(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImport must be used inside <ImportDropZone>');
  return api;
}
