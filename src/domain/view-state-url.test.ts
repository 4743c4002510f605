import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import { fixtureIndex } from './test-fixture';
import { DEFAULT_VIEW_STATE, decodeViewState, encodeViewState, urlContextOf, viewStateOf, type ViewState } from './view-state-url';

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
    // Undated relations shown: the non-default now, written as undated=show.
    expect(encodeViewState(state, ctx).toString()).toBe('years=2021&undated=show&focus=taliban&path-from=a&path-to=b&panel=analyse');
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

describe('the time range and undated relations in the URL', () => {
  const month = (y: number, m: number) => y * 12 + m - 1;
  const withTime = (time: ViewState['time']): ViewState => ({ ...DEFAULT_VIEW_STATE, time });
  const encode = (time: ViewState['time']) => decodeURIComponent(encodeViewState(withTime(time), ctx).toString());

  it('hides undated relations by default; undated=show shows them; an older undated=hide still hides them', () => {
    expect(DEFAULT_VIEW_STATE.time.keepUndated).toBe(false);
    expect(decodeViewState(new URLSearchParams(''), ctx).time.keepUndated).toBe(false);
    expect(decodeViewState(new URLSearchParams('undated=show'), ctx).time.keepUndated).toBe(true);
    expect(decodeViewState(new URLSearchParams('undated=hide'), ctx).time.keepUndated).toBe(false);
    expect(encode({ range: null, keepUndated: true })).toBe('undated=show');
    expect(encode({ range: null, keepUndated: false })).toBe('');
  });

  it('a link without undated= that selects an undated relation shows the undated ones; a dated one, or an explicit undated=, does not', () => {
    const graph = urlContextOf(fixtureIndex());
    const keeps = (query: string) => decodeViewState(new URLSearchParams(query), graph).time.keepUndated;
    expect(keeps('edge=fx-a%23r03')).toBe(true);
    expect(keeps('edge=fx-a%23r01')).toBe(false);
    expect(keeps('edge=fx-a%23r03&undated=hide')).toBe(false);
    expect(keeps('edge=no-such-relation')).toBe(false);
    expect(keeps('node=fx-a%23r03')).toBe(false);
    // Once open, the URL says so: the link the page writes back shows the undated relations by name.
    expect(encodeViewState(decodeViewState(new URLSearchParams('edge=fx-a%23r03'), graph), graph).toString()).toBe('edge=fx-a%23r03&undated=show');
  });

  it('writes months and days as time=, whole years as years= as before', () => {
    expect(encode({ range: { from: month(2003, 5), to: month(2010, 2), unit: 'month' }, keepUndated: false })).toBe('time=2003-05/2010-02');
    expect(encode({ range: { from: month(2003, 1), to: month(2010, 12), unit: 'month' }, keepUndated: false })).toBe('years=2003-2010');
    expect(encode({ range: { from: month(2015, 3), to: month(2015, 3), unit: 'month' }, keepUndated: false })).toBe('time=2015-03');
    const day = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
    expect(encode({ range: { from: day(2024, 9, 28), to: day(2024, 10, 4), unit: 'day' }, keepUndated: false })).toBe('time=2024-09-28/2024-10-04');
    expect(encode({ range: { from: day(2024, 10, 1), to: day(2024, 10, 31), unit: 'day' }, keepUndated: false })).toBe('time=2024-10');
  });

  it('reads time= back to the same range, and years= as it always read', () => {
    for (const range of [
      { from: month(2003, 5), to: month(2010, 2), unit: 'month' as const },
      { from: 19994, to: 20000, unit: 'day' as const },
    ]) {
      expect(decodeViewState(encodeViewState(withTime({ range, keepUndated: true }), ctx), ctx).time).toEqual({ range, keepUndated: true });
    }
    expect(decodeViewState(new URLSearchParams('years=2003-2024'), ctx).time.range).toEqual({ from: 2003, to: 2024 });
    expect(decodeViewState(new URLSearchParams('years=2015'), ctx).time.range).toEqual({ from: 2015, to: 2015 });
  });

  it('reads time= ends in any order and in mixed units, and ignores a malformed one', () => {
    const read = (q: string) => decodeViewState(new URLSearchParams(q), ctx).time.range;
    expect(read('time=2010-02/2003-05')).toEqual({ from: month(2003, 5), to: month(2010, 2), unit: 'month' });
    expect(read('time=2003/2010-02')).toEqual({ from: month(2003, 1), to: month(2010, 2), unit: 'month' });
    expect(read('time=2003/2010')).toEqual({ from: 2003, to: 2010, unit: 'year' });
    for (const bad of ['time=2024-13', 'time=2023-02-29', 'time=2003/2004/2005', 'time=', 'time=soon', 'time=2003/..']) expect(read(bad), bad).toBeNull();
    // A malformed time= leaves a years= beside it in charge.
    expect(read('time=junk&years=2001-2002')).toEqual({ from: 2001, to: 2002 });
  });
});
