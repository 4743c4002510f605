import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import { DEFAULT_VIEW_STATE, decodeViewState, encodeViewState, viewStateOf, type ViewState } from './view-state-url';

const ctx = { typeIds: ['a', 'b', 'c', 'd', 'e'] };

describe('view state in the URL', () => {
  it('writes nothing for the default view and keeps foreign parameters', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE, ctx).toString()).toBe('');
    const keep = new URLSearchParams('graph=/data/other.json&node=x');
    expect(encodeViewState(DEFAULT_VIEW_STATE, ctx, keep).toString()).toBe('graph=%2Fdata%2Fother.json');
  });

  it('round-trips selection, filters, search, panel and the story', () => {
    const state: ViewState = {
      selection: { kind: 'edge', id: 'doc#r01' },
      filters: { hiddenTypes: ['b'], hiddenPolarities: ['conflict'], hiddenKinds: ['person'], hideIsolated: true, reviewedOnly: true, hiddenOutlets: ['brecorder.com (AFP)', 'kun.uz'] },
      query: 'Washington',
      panel: 'story',
      time: { range: { from: 2003, to: 2010 }, keepUndated: false, asOf: '2024-10-05' },
      focusView: { nodeId: 'pakistan', depth: 2, expanded: ['russia', 'china'] },
      path: { from: 'united-states', to: 'pakistan', directed: true },
      sizeBy: 'pagerank',
      colourBy: 'community',
      storyWith: 'taliban',
      widthByReports: true,
    };
    const params = encodeViewState(state, ctx);
    expect(params.get('edge')).toBe('doc#r01');
    expect(params.get('asof')).toBe('2024-10-05');
    expect(params.getAll('hide-outlet')).toEqual(['brecorder.com (AFP)', 'kun.uz']);
    expect(decodeViewState(new URLSearchParams(params.toString()), ctx)).toEqual(state);
  });

  it('writes "only this type" as the short list of visible types', () => {
    const state = { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_FILTERS, hiddenTypes: ['a', 'b', 'c', 'e'] } };
    const params = encodeViewState(state, ctx);
    expect(params.getAll('type')).toEqual(['d']);
    expect(params.has('hide-type')).toBe(false);
    expect(decodeViewState(params, ctx).filters.hiddenTypes).toEqual(['a', 'b', 'c', 'e']);
  });

  it('round-trips "no type visible"', () => {
    const state = { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_FILTERS, hiddenTypes: ['a', 'b', 'c', 'd', 'e'] } };
    expect(decodeViewState(encodeViewState(state, ctx), ctx).filters.hiddenTypes).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('ignores unknown types and polarities from a hand-edited URL', () => {
    const s = decodeViewState(new URLSearchParams('hide-type=zzz&hide-type=a&hide-polarity=sideways&panel=x'), ctx);
    expect(s.filters.hiddenTypes).toEqual(['a']);
    expect(s.filters.hiddenPolarities).toEqual([]);
    expect(s.panel).toBe('details');
  });

  it('writes the analyst tools compactly', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      panel: 'analyse',
      time: { range: { from: 2021, to: 2021 }, keepUndated: true },
      focusView: { nodeId: 'taliban', depth: 1, expanded: [] },
      path: { from: 'a', to: 'b', directed: false },
    };
    expect(encodeViewState(state, ctx).toString()).toBe('years=2021&focus=taliban&path-from=a&path-to=b&panel=analyse');
    expect(decodeViewState(encodeViewState(state, ctx), ctx)).toEqual(state);
  });

  it('ignores malformed analyst parameters', () => {
    const s = decodeViewState(new URLSearchParams('years=soon&depth=9&focus=x&path-from=a&size=bigness&colour=red'), ctx);
    expect(s.time).toEqual(DEFAULT_VIEW_STATE.time);
    expect(s.focusView).toEqual({ nodeId: 'x', depth: 1, expanded: [] });
    expect(s.path).toBeNull();
    expect(s.sizeBy).toBe('degree');
    expect(s.colourBy).toBe('kind');
    expect(decodeViewState(new URLSearchParams('years=2010-2003'), ctx).time.range).toEqual({ from: 2003, to: 2010 });
  });

  it('writes "reviewed only" as one short parameter, off by default', () => {
    const state = { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_FILTERS, reviewedOnly: true } };
    expect(encodeViewState(state, ctx).toString()).toBe('suggested=hide');
    expect(decodeViewState(new URLSearchParams('suggested=hide'), ctx).filters.reviewedOnly).toBe(true);
    expect(decodeViewState(new URLSearchParams(''), ctx).filters.reviewedOnly).toBe(false);
    expect(decodeViewState(new URLSearchParams('suggested=show'), ctx).filters.reviewedOnly).toBe(false);
    // A foreign "suggested" parameter is this module's own: not carried over twice.
    expect(encodeViewState(DEFAULT_VIEW_STATE, ctx, new URLSearchParams('suggested=hide')).toString()).toBe('');
  });

  it('takes the view state out of a larger state, leaving the rest behind', () => {
    const view: ViewState = { ...DEFAULT_VIEW_STATE, query: 'Washington', focusView: { nodeId: 'x', depth: 2, expanded: [] } };
    const state = { ...view, index: 'not shared', readerDocument: 'doc' };
    expect(viewStateOf(state)).toEqual(view);
    expect(Object.keys(viewStateOf(state)).sort()).toEqual(Object.keys(DEFAULT_VIEW_STATE).sort());
  });
});
