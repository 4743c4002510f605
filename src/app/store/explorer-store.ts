// The one store of the explorer: its state and the actions named after what the user does.
// Derived sets (visibility, selection focus, search matches, paths) are recomputed only by the
// actions that change their inputs (derivations.ts), so a subscriber can compare them by
// identity; reads that panels derive from the state are in selectors.ts.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FocusDepth } from '../../domain/analytics/focus';
import type { CommunityResult } from '../../domain/analytics/communities';
import type { MetricsResult } from '../../domain/analytics/metrics';
import type { PathElements } from '../../domain/analytics/path-elements';
import type { PathsResult } from '../../domain/analytics/paths';
import { sameRange, type TimeRange } from '../../domain/analytics/time';
import type { Polarity } from '../../domain/graph-contract';
import { claimDecisions } from '../../domain/claims/claim-view';
import { claimIdOf, type GraphIndex } from '../../domain/graph-index';
import type { Bundle, BundleState } from '../../domain/bundles';
import { onlyType, toggleInList, type FilterState, type Visibility } from '../../domain/filters';
import type { Colouring, SizeMetric } from '../../domain/importance';
import type { LayoutName } from '../../domain/layouts';
import { selectionExists, type Selection, type SelectionFocus } from '../../domain/selection';
import { sameFilters, sameFocus, samePath, sameSelection, sameTime } from '../../domain/view-equality';
import { DEFAULT_VIEW_STATE, type Panel, type PathQuery, type ViewState } from '../../domain/view-state-url';
import type { FocusView, TimeFilter } from '../../domain/view-visibility';
import { derivationsFor, type ViewInputs } from './derivations';
import { hiddenNeighboursOf } from './selectors';

export type { PathElements } from '../../domain/analytics/path-elements';
export { viewStateOf } from '../../domain/view-state-url';

/** A one-off request to the views (centre a node, scroll the reader); seq makes repeats distinct. */
export interface Request<T> {
  readonly target: T;
  readonly seq: number;
}

/** Importance and groups, computed once per loaded graph (in a worker). */
export interface GraphAnalytics {
  readonly metrics: MetricsResult;
  readonly communities: CommunityResult;
}

export type LayoutRequest = { readonly kind: 'apply'; readonly name: LayoutName } | { readonly kind: 'reset' };

export interface ExplorerData {
  readonly index: GraphIndex;
  readonly filters: FilterState;
  /** The time range of the timeline and whether undated relations are kept. */
  readonly time: TimeFilter;
  /** Only an actor's neighbourhood is shown, when set. */
  readonly focusView: FocusView | null;
  /** What the view shows: filters, then time, then focus. */
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
  /** "How is A connected to B?", its answer over the visible relations, and what to highlight. */
  readonly path: PathQuery | null;
  readonly pathResult: PathsResult | null;
  readonly pathElements: PathElements | null;
  readonly sizeBy: SizeMetric;
  readonly colourBy: Colouring;
  readonly analytics: GraphAnalytics | null;
  readonly analyticsError: string | null;
  /** The layout last chosen (the default is force-directed). */
  readonly layout: LayoutName;
  readonly layoutRequest: Request<LayoutRequest> | null;
  /** Fit the visible graph into view (after focus changes what is shown). */
  readonly fitRequest: Request<null> | null;
  /** Centre this node on the canvas (after a search pick). */
  readonly centreRequest: Request<string> | null;
  /** Show this sentence in the reader. */
  readonly readRequest: Request<string> | null;
  /** Move keyboard focus to the details' heading (Enter on the canvas's keyboard cursor). */
  readonly detailsFocusRequest: Request<null> | null;
  /** The document the reader shows: follows the selection, or the user's pick. */
  readonly readerDocument: string | null;
  /** Review decisions taken but not in this graph yet (saving, or saved and the graph reloading): shown at once. */
  readonly unsavedReview: ReadonlyMap<string, 'reviewed' | 'rejected'>;
  /** The story view's second actor, when the story is of a pair. */
  readonly storyWith: string | null;
  /** Line width by number of reports. */
  readonly widthByReports: boolean;
}

export interface ExplorerActions {
  selectNode(id: string, options?: { centre?: boolean }): void;
  selectEdge(id: string): void;
  /** Select the relations between two actors drawn as one line (a bundle id from bundleIdOf): the panel lists them. */
  selectBundle(bundleId: string): void;
  /** An actor chosen in the search list: selected and centred; the search ends (its marks and text go). */
  pickSearchResult(nodeId: string): void;
  selectSentence(id: string): void;
  clearSelection(): void;
  toggleRelationType(id: string): void;
  showOnlyRelationType(id: string): void;
  showAllRelationTypes(): void;
  togglePolarity(polarity: Polarity): void;
  toggleKind(kind: string): void;
  setHideIsolated(hide: boolean): void;
  /** Hide machine drafts (suggested relations, proposed actors). */
  setReviewedOnly(on: boolean): void;
  setSearchQuery(query: string): void;
  /** Draw a bundle's relations separately, or as one edge again. */
  toggleBundle(bundleId: string): void;
  collapseAllBundles(): void;
  showPanel(panel: Panel): void;
  /** Show the Details tab and move keyboard focus to its heading. */
  openDetails(): void;
  /** Open the reader at a sentence, keeping the selection. */
  readSentence(sentenceId: string): void;
  /** Pick the document shown in the reader. */
  showDocument(documentId: string): void;
  /** Show only relations in these years, months or days (both ends included); null = all dates. */
  setTimeRange(range: TimeRange | null): void;
  setKeepUndated(keep: boolean): void;
  /** Show the graph as it stood on a day of the story (YYYY-MM-DD), or at the end of it (null). */
  stepStoryTo(day: string | null): void;
  /** Tell the story of the selected actor with another one (null: with everyone). */
  setStoryWith(nodeId: string | null): void;
  /** Switch an outlet's claims off or on (a claim stays while another outlet reports it). */
  toggleOutlet(outlet: string): void;
  showAllOutlets(): void;
  /** Draw claims reported more often with wider lines (or all alike). */
  setWidthByReports(on: boolean): void;
  /** Show only an actor's neighbourhood (depth defaults to the current one, else 1). */
  focusOn(nodeId: string, depth?: FocusDepth): void;
  setFocusDepth(depth: FocusDepth): void;
  /** Add an actor's neighbours that the focus hides. */
  expandNeighbours(nodeId: string): void;
  /** Back to the whole graph. */
  leaveFocus(): void;
  findPath(from: string, to: string, directed: boolean): void;
  setPathDirected(directed: boolean): void;
  clearPath(): void;
  chooseSizeMetric(metric: SizeMetric): void;
  chooseColouring(colouring: Colouring): void;
  chooseLayout(name: LayoutName): void;
  resetLayout(): void;
  /** The canvas reopened the graph with the positions the user left (of this layout). */
  layoutRestored(name: LayoutName): void;
  /** The review workspace's decisions on article relations, shown on their claims until the rebuilt graph shows them. */
  showUnsavedReview(decisions: ReadonlyMap<string, 'reviewed' | 'rejected'>): void;
  /** The worker has computed metrics and communities (or failed to). */
  receiveAnalytics(result: GraphAnalytics | { error: string }): void;
  /** Restore a shared or historical view (URL, back/forward). */
  applyViewState(view: ViewState): void;
}

export type ExplorerState = ExplorerData & ExplorerActions;
export type ExplorerStore = StoreApi<ExplorerState>;

export function createExplorerStore(index: GraphIndex, initial: ViewState = DEFAULT_VIEW_STATE): ExplorerStore {
  let seq = 0;
  const request = <T>(target: T): Request<T> => ({ target, seq: ++seq });
  const { bundles, validFocus, validPath, withPath, withView, withExpanded, withSelection, expandedFor, withQuery } = derivationsFor(index);
  const initialExpanded = expandedFor(initial.selection, new Set());

  return createStore<ExplorerState>()((set, get) => {
    const current = (): ViewInputs => ({ filters: get().filters, time: get().time, focusView: get().focusView });
    const reView = (change: Partial<ViewInputs>) => withView({ ...current(), ...change }, get().expandedBundles, get().path);
    const refilter = (filters: FilterState) =>
      withView({ ...current(), filters }, get().expandedBundles, get().path, { visibility: get().visibility, filters: get().filters });
    const refocus = (focusView: FocusView | null) => ({ ...reView({ focusView }), fitRequest: request(null) });
    const nodeSelection = (id: string, centre: boolean) => ({
      ...withSelection({ kind: 'node', id }, get().readerDocument),
      // Picking an actor from the Analyse or Story tab keeps the tab open.
      panel: get().panel === 'analyse' || get().panel === 'story' ? get().panel : ('details' as Panel),
      ...(centre ? { centreRequest: request(id) } : {}),
    });
    return {
      index,
      bundles,
      expandedBundles: initialExpanded,
      ...withView({ filters: initial.filters, time: initial.time, focusView: validFocus(initial.focusView) }, initialExpanded, validPath(initial.path)),
      ...withQuery(initial.query),
      ...withSelection(initial.selection),
      panel: initial.panel,
      sizeBy: initial.sizeBy,
      colourBy: initial.colourBy,
      analytics: null,
      analyticsError: null,
      layout: 'force',
      layoutRequest: null,
      fitRequest: null,
      centreRequest: null,
      readRequest: null,
      detailsFocusRequest: null,
      unsavedReview: new Map(),
      widthByReports: initial.widthByReports,
      storyWith: initial.storyWith !== null && index.nodes.has(initial.storyWith) ? initial.storyWith : null,

      selectNode(id, options) {
        if (index.nodes.has(id)) set(nodeSelection(id, options?.centre === true));
      },
      selectEdge(id) {
        const claim = claimIdOf(index, id);
        if (claim === undefined) return;
        id = claim;
        const expanded = expandedFor({ kind: 'edge', id }, get().expandedBundles);
        const expand = expanded === get().expandedBundles ? {} : withExpanded(expanded, get().visibility);
        // The Story tab stays open while the user walks its claims.
        set({ ...withSelection({ kind: 'edge', id }, get().readerDocument), panel: get().panel === 'story' ? 'story' : 'details', ...expand });
      },
      selectBundle(bundleId) {
        if (!selectionExists(index, { kind: 'bundle', id: bundleId })) return;
        set({ ...withSelection({ kind: 'bundle', id: bundleId }, get().readerDocument), panel: get().panel === 'story' ? 'story' : 'details' });
      },
      pickSearchResult(nodeId) {
        // One update: the search's marks never outlive the pick by a frame.
        if (index.nodes.has(nodeId)) set({ ...nodeSelection(nodeId, true), ...(get().query === '' ? {} : withQuery('')) });
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
      setReviewedOnly(on) {
        if (get().filters.reviewedOnly !== on) set(refilter({ ...get().filters, reviewedOnly: on }));
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
      openDetails() {
        set({ panel: 'details', detailsFocusRequest: request(null) });
      },
      readSentence(sentenceId) {
        if (!index.sentences.has(sentenceId)) return;
        set({ panel: 'reader', readRequest: request(sentenceId), readerDocument: index.sentences.get(sentenceId)!.documentId });
      },
      showDocument(documentId) {
        if (index.documents.has(documentId) && get().readerDocument !== documentId) set({ readerDocument: documentId });
      },
      setTimeRange(range) {
        const next = range ? { from: Math.min(range.from, range.to), to: Math.max(range.from, range.to), ...(range.unit ? { unit: range.unit } : {}) } : null;
        // By unit too: month 24036 is not the year 24036.
        if (!sameRange(get().time.range, next)) set(reView({ time: { ...get().time, range: next } }));
      },
      setKeepUndated(keep) {
        if (get().time.keepUndated !== keep) set(reView({ time: { ...get().time, keepUndated: keep } }));
      },
      stepStoryTo(day) {
        const asOf = day !== null && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
        if ((get().time.asOf ?? null) !== asOf) set(reView({ time: { ...get().time, asOf } }));
      },
      setStoryWith(nodeId) {
        const next = nodeId !== null && index.nodes.has(nodeId) ? nodeId : null;
        if (get().storyWith !== next) set({ storyWith: next });
      },
      toggleOutlet(outlet) {
        set(refilter({ ...get().filters, hiddenOutlets: toggleInList(get().filters.hiddenOutlets ?? [], outlet) }));
      },
      showAllOutlets() {
        if (get().filters.hiddenOutlets?.length) set(refilter({ ...get().filters, hiddenOutlets: [] }));
      },
      setWidthByReports(on) {
        if (get().widthByReports !== on) set({ widthByReports: on });
      },
      focusOn(nodeId, depth) {
        if (!index.nodes.has(nodeId)) return;
        const f = get().focusView;
        const d = depth ?? f?.depth ?? 1;
        if (f && f.nodeId === nodeId && f.depth === d && f.expanded.length === 0) return;
        set(refocus({ nodeId, depth: d, expanded: [] }));
      },
      setFocusDepth(depth) {
        const f = get().focusView;
        if (f && f.depth !== depth) set(refocus({ ...f, depth }));
      },
      expandNeighbours(nodeId) {
        const f = get().focusView;
        if (!f || !index.nodes.has(nodeId)) return;
        const extra = hiddenNeighboursOf(get(), nodeId).map((n) => n.id);
        const add = [...(get().visibility.nodes.has(nodeId) ? [] : [nodeId]), ...extra].filter((id) => id !== f.nodeId && !f.expanded.includes(id));
        if (add.length) set(refocus({ ...f, expanded: [...f.expanded, ...add] }));
      },
      leaveFocus() {
        if (get().focusView) set(refocus(null));
      },
      findPath(from, to, directed) {
        const path = validPath({ from, to, directed });
        if (path) set(withPath(path, get().visibility));
      },
      setPathDirected(directed) {
        const p = get().path;
        if (p && p.directed !== directed) set(withPath({ ...p, directed }, get().visibility));
      },
      clearPath() {
        if (get().path) set(withPath(null, get().visibility));
      },
      chooseSizeMetric(metric) {
        if (get().sizeBy !== metric) set({ sizeBy: metric });
      },
      chooseColouring(colouring) {
        if (get().colourBy !== colouring) set({ colourBy: colouring });
      },
      chooseLayout(name) {
        set({ layout: name, layoutRequest: request<LayoutRequest>({ kind: 'apply', name }) });
      },
      resetLayout() {
        set({ ...(get().expandedBundles.size ? withExpanded(new Set(), get().visibility) : {}), layout: 'force', layoutRequest: request<LayoutRequest>({ kind: 'reset' }) });
      },
      layoutRestored(name) {
        if (get().layout !== name) set({ layout: name });
      },
      showUnsavedReview(byRelation) {
        const decisions = claimDecisions(index, byRelation);
        const now = get().unsavedReview;
        if (now.size === decisions.size && [...decisions].every(([id, d]) => now.get(id) === d)) return;
        set({ unsavedReview: decisions });
      },
      receiveAnalytics(result) {
        if ('error' in result) set({ analytics: null, analyticsError: result.error });
        else set({ analytics: result, analyticsError: null });
      },
      applyViewState(view) {
        const s = get();
        const expanded = expandedFor(view.selection, s.expandedBundles);
        const focusView = validFocus(view.focusView);
        const path = validPath(view.path);
        const viewChanged = !sameFilters(s.filters, view.filters) || !sameTime(s.time, view.time) || !sameFocus(s.focusView, focusView);
        const pathChanged = !samePath(s.path, path);
        set({
          ...(viewChanged
            ? { ...withView({ filters: view.filters, time: view.time, focusView }, expanded, path), expandedBundles: expanded }
            : {
                ...(expanded !== s.expandedBundles ? withExpanded(expanded, s.visibility) : {}),
                ...(pathChanged ? withPath(path, s.visibility) : {}),
              }),
          ...(s.query === view.query ? {} : withQuery(view.query)),
          ...(sameSelection(s.selection, view.selection) ? {} : withSelection(view.selection, s.readerDocument)),
          ...(sameFocus(s.focusView, focusView) ? {} : { fitRequest: request(null) }),
          panel: view.panel,
          sizeBy: view.sizeBy,
          colourBy: view.colourBy,
          widthByReports: view.widthByReports,
          storyWith: view.storyWith !== null && index.nodes.has(view.storyWith) ? view.storyWith : null,
        });
      },
    };
  });
}
