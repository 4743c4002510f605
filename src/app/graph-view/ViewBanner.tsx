// What narrows the view, over the canvas: a focus (with the way back) and a shown path; and
// what the page could not keep (page-notices.ts), until dismissed.
import { useSyncExternalStore } from 'react';
import { nodeLabel } from '../../domain/graph-index';
import { getPageNotices, showPageNotice, subscribePageNotices } from '../session/page-notices';
import { useActions, useExplorer } from '../store/store-context';

export function ViewBanner() {
  const index = useExplorer((s) => s.index);
  const focusView = useExplorer((s) => s.focusView);
  const shown = useExplorer((s) => s.visibility.nodes.size);
  const path = useExplorer((s) => s.path);
  const pathResult = useExplorer((s) => s.pathResult);
  const { leaveFocus, clearPath, showPanel } = useActions();
  const notices = useSyncExternalStore(subscribePageNotices, getPageNotices);
  if (!focusView && !path && !notices.length) return null;
  return (
    <div className="view-banner">
      {notices.map((n) => (
        <p key={n.topic} className="banner-row" role="status">
          <span>{n.text}</span>
          <button type="button" className="banner-button" onClick={() => showPageNotice(n.topic, null)}>
            Dismiss
          </button>
        </p>
      ))}
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
