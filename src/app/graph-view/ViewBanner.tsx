// What narrows the view, over the canvas: a focus (with the way back) and a shown path.
import { nodeLabel } from '../../domain/graph-index';
import { useActions, useExplorer } from '../store/store-context';

export function ViewBanner() {
  const index = useExplorer((s) => s.index);
  const focusView = useExplorer((s) => s.focusView);
  const shown = useExplorer((s) => s.visibility.nodes.size);
  const path = useExplorer((s) => s.path);
  const pathResult = useExplorer((s) => s.pathResult);
  const { leaveFocus, clearPath, showPanel } = useActions();
  if (!focusView && !path) return null;
  return (
    <div className="view-banner">
      {focusView && (
        <p className="banner-row">
          <span>
            Focus: <strong>{nodeLabel(index, focusView.nodeId)}</strong> and {shown - 1} actor{shown === 2 ? '' : 's'} within {focusView.depth} step
            {focusView.depth === 1 ? '' : 's'}
            {focusView.expanded.length > 0 ? ` (+${focusView.expanded.length} added)` : ''}
          </span>
          <button type="button" className="banner-button" onClick={leaveFocus}>
            Show the whole graph
          </button>
        </p>
      )}
      {path && (
        <p className="banner-row path-row">
          <span>
            Path: <strong>{nodeLabel(index, path.from)}</strong> {path.directed ? '→' : '—'} <strong>{nodeLabel(index, path.to)}</strong>
            {pathResult?.found ? ` · ${pathResult.length} hop${pathResult.length === 1 ? '' : 's'}` : ' · no path shown'}
          </span>
          <button type="button" className="banner-button" onClick={() => showPanel('analyse')}>
            Hops
          </button>
          <button type="button" className="banner-button" onClick={clearPath} aria-label="Clear the path">
            Clear
          </button>
        </p>
      )}
    </div>
  );
}
