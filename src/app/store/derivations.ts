// What follows from the user's choices, for one graph: each function returns the part of the
// explorer state that changes with its inputs (visibility, bundles, the path's answer, the
// selection's focus, search matches), so that an action sets it in one go and a subscriber can
// compare the derived sets by identity.
import { shortestPaths } from '../../domain/analytics/paths';
import { pathElementsOf } from '../../domain/analytics/path-elements';
import { bundleCandidates, bundleOfEdge, bundleStates } from '../../domain/bundles';
import { visibilityAfterTypeToggle, type FilterState, type Visibility } from '../../domain/filters';
import { claimIdOf, type GraphIndex } from '../../domain/graph-index';
import { matchingNodeIds } from '../../domain/search';
import { EMPTY_FOCUS, selectionFocus, type Selection } from '../../domain/selection';
import { documentOf } from '../../domain/selection-document';
import type { PathQuery } from '../../domain/view-state-url';
import { computeViewVisibility, effectiveTime, isAllTime, timePredicate, type FocusView, type TimeFilter } from '../../domain/view-visibility';

/** What decides which actors and relations are shown. */
export interface ViewInputs {
  filters: FilterState;
  time: TimeFilter;
  focusView: FocusView | null;
}

export function derivationsFor(index: GraphIndex) {
  const bundles = bundleCandidates(index);
  const firstDocument = index.file.documents[0]?.id ?? null;

  /** A focus on an actor this graph does not have is dropped, as are expanded actors it lacks. */
  const validFocus = (f: FocusView | null): FocusView | null =>
    f && index.nodes.has(f.nodeId) ? { ...f, expanded: f.expanded.filter((id) => index.nodes.has(id) && id !== f.nodeId) } : null;
  const validPath = (p: PathQuery | null): PathQuery | null => (p && index.nodes.has(p.from) && index.nodes.has(p.to) ? p : null);

  /** The path question, its answer over the visible relations, and what to highlight. */
  const withPath = (path: PathQuery | null, visibility: Visibility) => {
    const pathResult = path ? shortestPaths(index.file, path.from, path.to, { directed: path.directed, visibleEdgeIds: visibility.edges }) : null;
    return { path, pathResult, pathElements: pathElementsOf(pathResult) };
  };

  /**
   * Switching relation types without a focus touches only those types' relations: the actors
   * stay (they do not depend on types), and relations shown again must pass the time filter,
   * which `before` had with the same time (a fresh view hides undated relations).
   */
  const afterTypeToggle = (view: ViewInputs, before: { visibility: Visibility; filters: FilterState }): Visibility | null => {
    if (view.focusView) return null;
    const toggled = visibilityAfterTypeToggle(index, before.visibility, before.filters, view.filters);
    if (!toggled || isAllTime(effectiveTime(index, view.time))) return toggled;
    const passes = timePredicate(index, view.time);
    const hidden = new Set(view.filters.hiddenTypes);
    const edges = new Set(toggled.edges);
    for (const type of before.filters.hiddenTypes) {
      if (hidden.has(type)) continue;
      for (const e of index.edgesByType.get(type) ?? []) if (!passes(e)) edges.delete(e.id);
    }
    return { nodes: toggled.nodes, edges };
  };

  /** Everything that follows from filters, time and focus: visibility, bundles, the path's answer. */
  const withView = (view: ViewInputs, expanded: ReadonlySet<string>, path: PathQuery | null, before?: { visibility: Visibility; filters: FilterState }) => {
    const incremental = before ? afterTypeToggle(view, before) : null;
    const visibility = incremental ?? computeViewVisibility(index, view.filters, view.time, view.focusView);
    return {
      ...view,
      visibility,
      bundleStates: bundleStates(index, bundles, visibility, expanded),
      ...withPath(path, visibility),
    };
  };

  const withExpanded = (expanded: ReadonlySet<string>, visibility: Visibility) => ({
    expandedBundles: expanded,
    bundleStates: bundleStates(index, bundles, visibility, expanded),
  });

  /** The selection, what it brings into focus, and the document the reader follows it to. */
  const withSelection = (asked: Selection | null, current: string | null = firstDocument) => {
    // A link to one article's relation (shared before its reports were grouped) opens the claim.
    const claim = asked?.kind === 'edge' ? claimIdOf(index, asked.id) : undefined;
    const selection: Selection | null = asked?.kind === 'edge' && claim !== undefined && claim !== asked.id ? { kind: 'edge', id: claim } : asked;
    const focus = selectionFocus(index, selection);
    // A selection that points at nothing in this graph (stale link) is dropped.
    if (focus === EMPTY_FOCUS) return { selection: null, focus, readerDocument: current };
    return { selection, focus, readerDocument: documentOf(index, focus, current) };
  };

  /** Selecting a relation inside a bundle draws that bundle's relations separately. */
  const expandedFor = (selection: Selection | null, expanded: ReadonlySet<string>): ReadonlySet<string> => {
    const bundle = selection?.kind === 'edge' ? bundleOfEdge(index, selection.id, bundles) : undefined;
    return bundle && !expanded.has(bundle.id) ? new Set([...expanded, bundle.id]) : expanded;
  };

  const withQuery = (query: string) => ({ query, matches: query.trim() ? matchingNodeIds(index, query) : new Set<string>() });

  return { bundles, validFocus, validPath, withPath, withView, withExpanded, withSelection, expandedFor, withQuery };
}
