// The list of matching actors under an actor combobox (the search box, the path pickers):
// one option per hit with its kind, and the alias that matched.
import { kindStyle } from '../../domain/kinds';
import type { SearchHit } from '../../domain/search';
import { KindGlyph } from './bits';
import { optionId } from './use-combobox';
import './ActorOptions.css';

export function ActorOptions({
  listId,
  label,
  shown,
  query,
  hits,
  active,
  onChoose,
  onActive,
}: {
  listId: string;
  /** Accessible name of the listbox. */
  label: string;
  shown: boolean;
  query: string;
  hits: readonly SearchHit[];
  active: number;
  onChoose: (hit: SearchHit) => void;
  onActive: (i: number) => void;
}) {
  return (
    <ul id={listId} role="listbox" aria-label={label} className="search-results" hidden={!shown}>
      {shown && hits.length === 0 && (
        <li className="search-empty" role="option" aria-selected={false} aria-disabled="true">
          No actor matches “{query}”
        </li>
      )}
      {shown &&
        hits.map((hit, i) => (
          <li
            key={hit.nodeId}
            id={optionId(listId, i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // Keep focus in the input, so that blur does not close the list before the click.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChoose(hit)}
            onMouseMove={() => onActive(i)}
          >
            <KindGlyph kind={hit.kind} />
            <span className="hit-label">{hit.label}</span>
            {hit.via === 'alias' && <span className="hit-alias">as “{hit.matched}”</span>}
            <span className="hit-kind">{kindStyle(hit.kind).label}</span>
          </li>
        ))}
    </ul>
  );
}
