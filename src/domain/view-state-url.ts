// The shareable part of the explorer's state, to and from the URL query string.
// Only what differs from the default is written, so a fresh view has a clean URL.
import { POLARITIES, type Polarity } from './graph-contract';
import { DEFAULT_FILTERS, type FilterState } from './filters';
import type { Selection } from './selection';

export type Panel = 'details' | 'reader';

export interface ViewState {
  readonly selection: Selection | null;
  readonly filters: FilterState;
  readonly query: string;
  readonly panel: Panel;
}

export const DEFAULT_VIEW_STATE: ViewState = { selection: null, filters: DEFAULT_FILTERS, query: '', panel: 'details' };

/** Parameters this module owns; anything else (e.g. graph=) is kept as it is. */
const OWN = ['node', 'edge', 'sentence', 'type', 'hide-type', 'hide-polarity', 'hide-kind', 'isolated', 'q', 'panel'];

export interface UrlContext {
  /** All relation type ids of the loaded graph (to read "type=" as the visible list). */
  readonly typeIds: readonly string[];
}

export function encodeViewState(state: ViewState, ctx: UrlContext, keep: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of keep) if (!OWN.includes(k)) params.append(k, v);
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  const hidden = [...state.filters.hiddenTypes].sort();
  if (hidden.length > 0) {
    const visible = ctx.typeIds.filter((id) => !hidden.includes(id)).sort();
    // Write the shorter list: "only this type" becomes type=x rather than twelve hide-type=.
    if (visible.length < hidden.length) {
      if (visible.length === 0) params.append('type', '');
      for (const id of visible) params.append('type', id);
    } else for (const id of hidden) params.append('hide-type', id);
  }
  for (const p of [...state.filters.hiddenPolarities].sort()) params.append('hide-polarity', p);
  for (const k of [...state.filters.hiddenKinds].sort()) params.append('hide-kind', k);
  if (state.filters.hideIsolated) params.set('isolated', 'hide');
  if (state.query) params.set('q', state.query);
  if (state.panel !== 'details') params.set('panel', state.panel);
  return params;
}

export function decodeViewState(params: URLSearchParams, ctx: UrlContext): ViewState {
  let selection: Selection | null = null;
  for (const kind of ['node', 'edge', 'sentence'] as const) {
    const id = params.get(kind);
    if (id) {
      selection = { kind, id };
      break;
    }
  }
  let hiddenTypes: string[];
  if (params.has('type')) {
    const visible = new Set(params.getAll('type').filter(Boolean));
    hiddenTypes = ctx.typeIds.filter((id) => !visible.has(id));
  } else {
    const known = new Set(ctx.typeIds);
    hiddenTypes = params.getAll('hide-type').filter((id) => known.has(id));
  }
  const hiddenPolarities = params
    .getAll('hide-polarity')
    .filter((p): p is Polarity => (POLARITIES as readonly string[]).includes(p));
  const filters: FilterState = {
    hiddenTypes: [...new Set(hiddenTypes)].sort(),
    hiddenPolarities: [...new Set(hiddenPolarities)].sort(),
    hiddenKinds: [...new Set(params.getAll('hide-kind').filter(Boolean))].sort(),
    hideIsolated: params.get('isolated') === 'hide',
  };
  const panel: Panel = params.get('panel') === 'reader' ? 'reader' : 'details';
  return { selection, filters, query: params.get('q') ?? '', panel };
}

export function sameViewState(a: ViewState, b: ViewState, ctx: UrlContext): boolean {
  return encodeViewState(a, ctx).toString() === encodeViewState(b, ctx).toString();
}
