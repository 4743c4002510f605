// The loaded graph as a session: where it came from (for the header and export file names),
// and how to open another one (import by file picker or drag and drop).
import { createContext, useContext, type ReactNode } from 'react';
import type { ImportRefusal } from './imports';

/** What an import brought in, shown once above the graph. */
export interface ImportNotice {
  source: string;
  nodes: number;
  edges: number;
  warnings: string[];
}

export interface GraphSession {
  /** The graph's source: a URL path, or an imported file's name. */
  readonly source: string;
  /** Read a file and, if it is a valid graph, show it instead of the current one; else say why not. */
  openFile(file: File): Promise<ImportRefusal | null>;
}

const SessionContext = createContext<GraphSession | null>(null);

export function GraphSessionProvider({ session, children }: { session: GraphSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useGraphSession(): GraphSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useGraphSession must be used inside <GraphSessionProvider>');
  return session;
}

/** "/data/graph.json" → "graph", "Les Misérables.gexf" → "les-miserables": a base for export file names. */
export function baseName(source: string): string {
  const file = source.split(/[/\\]/).pop() ?? source;
  const stem = file.replace(/\?.*$/, '').replace(/\.[^.]+$/, '');
  const slug = stem
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'graph';
}
