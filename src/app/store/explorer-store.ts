// The one store of the explorer. Actions are named after what the user does; derived sets
// (visibility, selection focus, search matches) are recomputed only by the actions that
// change their inputs, so a subscriber can compare them by identity.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Polarity } from '../../domain/graph-contract';
import type { GraphIndex } from '../../domain/graph-index';
import { bundleCandidates, bundleOfEdge, bundleStates, type Bundle, type BundleState } from '../../domain/bundles';
import { computeVisibility, onlyType, toggleInList, type FilterState, type Visibility } from '../../domain/filters';
import { matchingNodeIds } from '../../domain/search';
import { EMPTY_FOCUS, selectionFocus, type Selection, type SelectionFocus } from '../../domain/selection';
import { DEFAULT_VIEW_STATE, type Panel, type ViewState } from '../../domain/view-state-url';

/** A one-off request to the views (centre a node, scroll the reader); seq makes repeats distinct. */
export interface Request<T> {
  readonly target: T;
  readonly seq: number;
}

export interface ExplorerData {
  readonly index: GraphIndex;
  readonly filters: FilterState;
  readonly visibility: Visibility;
  /** Pairs of actors with many relations, drawn as one edge until expanded. */
  readonly bundles: readonly Bundle[];
  readonly expandedBundles: ReadonlySet<string>;
  readonly bundleStates: ReadonlyMap<string, BundleState>;
  readonly query: string;
  readonly matches: ReadonlySet<string>;
  readonly selection: Selection | null;
  readonly focus: SelectionFocus;
  readonly panel: Panel;
  /** Centre this node on the canvas (after a search pick). */
  readonly centreRequest: Request<string> | null;
  /** Show this sentence in the reader. */
  readonly readRequest: Request<string> | null;
  /** The document the reader shows: follows the selection, or the user's pick. */
  readonly readerDocument: string | null;
}

export interface ExplorerActions {
  selectNode(id: string, options?: { centre?: boolean }): void;
  selectEdge(id: string): void;
  selectSentence(id: string): void;
  clearSelection(): void;
  toggleRelationType(id: string): void;
  showOnlyRelationType(id: string): void;
  showAllRelationTypes(): void;
  togglePolarity(polarity: Polarity): void;
  toggleKind(kind: string): void;
  setHideIsolated(hide: boolean): void;
  setSearchQuery(query: string): void;
  /** Draw a bundle's relations separately, or as one edge again. */
  toggleBundle(bundleId: string): void;
  collapseAllBundles(): void;
  showPanel(panel: Panel): void;
  /** Open the reader at a sentence, keeping the selection. */
  readSentence(sentenceId: string): void;
  /** Pick the document shown in the reader. */
  showDocument(documentId: string): void;
  /** Restore a shared or historical view (URL, back/forward). */
  applyViewState(view: ViewState): void;
}

export type ExplorerState = ExplorerData & ExplorerActions;
export type ExplorerStore = StoreApi<ExplorerState>;

export function viewStateOf(s: ExplorerData): ViewState {
  return { selection: s.selection, filters: s.filters, query: s.query, panel: s.panel };
}

export function createExplorerStore(index: GraphIndex, initial: ViewState = DEFAULT_VIEW_STATE): ExplorerStore {
  let seq = 0;
  const request = <T>(target: T): Request<T> => ({ target, seq: ++seq });
  const bundles = bundleCandidates(index);
  const withFilters = (filters: FilterState, expanded: ReadonlySet<string>) => {
    const visibility = computeVisibility(index, filters);
    return { filters, visibility, bundleStates: bundleStates(index, bundles, visibility, expanded) };
  };
  const withExpanded = (expanded: ReadonlySet<string>, visibility: Visibility) => ({
    expandedBundles: expanded,
    bundleStates: bundleStates(index, bundles, visibility, expanded),
  });
  const firstDocument = index.file.documents[0]?.id ?? null;
  const withSelection = (selection: Selection | null, current: string | null = firstDocument) => {
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

  return createStore<ExplorerState>()((set, get) => {
    const refilter = (filters: FilterState) => withFilters(filters, get().expandedBundles);
    return {
      index,
      bundles,
      expandedBundles: expandedFor(initial.selection, new Set()),
      ...withFilters(initial.filters, expandedFor(initial.selection, new Set())),
      ...withQuery(initial.query),
      ...withSelection(initial.selection),
      panel: initial.panel,
      centreRequest: null,
      readRequest: null,

      selectNode(id, options) {
        if (!index.nodes.has(id)) return;
        set({ ...withSelection({ kind: 'node', id }, get().readerDocument), panel: 'details', ...(options?.centre ? { centreRequest: request(id) } : {}) });
      },
      selectEdge(id) {
        if (!index.edges.has(id)) return;
        const expanded = expandedFor({ kind: 'edge', id }, get().expandedBundles);
        const expand = expanded === get().expandedBundles ? {} : withExpanded(expanded, get().visibility);
        set({ ...withSelection({ kind: 'edge', id }, get().readerDocument), panel: 'details', ...expand });
      },
      selectSentence(id) {
        if (!index.sentences.has(id)) return;
        // Keep the panel the user is on: a click in the reader should not close the reader.
        set(withSelection({ kind: 'sentence', id }, get().readerDocument));
      },
      clearSelection() {
        if (get().selection) set(withSelection(null, get().readerDocument));
      },
      toggleRelationType(id) {
        set(refilter({ ...get().filters, hiddenTypes: toggleInList(get().filters.hiddenTypes, id) }));
      },
      showOnlyRelationType(id) {
        set(refilter({ ...get().filters, hiddenTypes: onlyType(index, id) }));
      },
      showAllRelationTypes() {
        if (get().filters.hiddenTypes.length) set(refilter({ ...get().filters, hiddenTypes: [] }));
      },
      togglePolarity(polarity) {
        set(refilter({ ...get().filters, hiddenPolarities: toggleInList(get().filters.hiddenPolarities, polarity) }));
      },
      toggleKind(kind) {
        set(refilter({ ...get().filters, hiddenKinds: toggleInList(get().filters.hiddenKinds, kind) }));
      },
      setHideIsolated(hide) {
        if (get().filters.hideIsolated !== hide) set(refilter({ ...get().filters, hideIsolated: hide }));
      },
      setSearchQuery(query) {
        if (get().query !== query) set(withQuery(query));
      },
      toggleBundle(bundleId) {
        if (!bundles.some((b) => b.id === bundleId)) return;
        const next = new Set(get().expandedBundles);
        if (!next.delete(bundleId)) next.add(bundleId);
        set(withExpanded(next, get().visibility));
      },
      collapseAllBundles() {
        if (get().expandedBundles.size) set(withExpanded(new Set(), get().visibility));
      },
      showPanel(panel) {
        if (get().panel !== panel) set({ panel });
      },
      readSentence(sentenceId) {
        if (!index.sentences.has(sentenceId)) return;
        set({ panel: 'reader', readRequest: request(sentenceId), readerDocument: index.sentences.get(sentenceId)!.documentId });
      },
      showDocument(documentId) {
        if (index.documents.has(documentId) && get().readerDocument !== documentId) set({ readerDocument: documentId });
      },
      applyViewState(view) {
        const s = get();
        const expanded = expandedFor(view.selection, s.expandedBundles);
        const filtersChanged = !sameFilters(s.filters, view.filters);
        set({
          ...(filtersChanged ? withFilters(view.filters, expanded) : expanded !== s.expandedBundles ? withExpanded(expanded, s.visibility) : {}),
          ...(s.query === view.query ? {} : withQuery(view.query)),
          ...(sameSelection(s.selection, view.selection) ? {} : withSelection(view.selection, s.readerDocument)),
          panel: view.panel,
        });
      },
    };
  });
}

/** The document of the selection's first supporting sentence; the current one if it has any. */
function documentOf(index: GraphIndex, focus: SelectionFocus, current: string | null): string | null {
  let best: { doc: string; order: number } | null = null;
  for (const id of focus.sentences) {
    const doc = index.sentences.get(id)?.documentId;
    if (!doc) continue;
    if (doc === current) return current;
    const order = index.file.documents.findIndex((d) => d.id === doc);
    if (!best || order < best.order) best = { doc, order };
  }
  return best?.doc ?? current;
}

function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function sameFilters(a: FilterState, b: FilterState): boolean {
  return (
    a.hideIsolated === b.hideIsolated &&
    sameList(a.hiddenTypes, b.hiddenTypes) &&
    sameList(a.hiddenPolarities, b.hiddenPolarities) &&
    sameList(a.hiddenKinds, b.hiddenKinds)
  );
}
