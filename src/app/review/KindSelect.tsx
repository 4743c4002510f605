// The kind of a new registry actor: the kinds the graph already has (and `include`, the draft's guess).
import { useMemo } from 'react';
import { humanizeKind } from '../../domain/kinds';
import { useExplorer } from '../store/store-context';

/** The kinds of the graph's actors, sorted. */
export function useKinds(include?: string): string[] {
  const index = useExplorer((s) => s.index);
  return useMemo(() => [...new Set([...(include ? [include] : []), ...[...index.nodes.values()].map((n) => n.kind)])].sort(), [index, include]);
}

export function KindSelect({ value, onChange, include }: { value: string; onChange: (kind: string) => void; include?: string }) {
  const kinds = useKinds(include);
  return (
    <label>
      <span>Kind</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {humanizeKind(k)}
          </option>
        ))}
      </select>
    </label>
  );
}
