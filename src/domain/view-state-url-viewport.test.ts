import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, decodeViewport, decodeViewState, encodeViewport, encodeViewState, VIEWPORT_MAX_COORD, VIEWPORT_ZOOM_RANGE } from './view-state-url';

const ctx = { typeIds: ['a', 'b'] };

describe('the viewport in the URL (view=zoom,x,y)', () => {
  it('writes the zoom to 4 significant digits and the centre to a tenth, without "-0"', () => {
    expect(encodeViewport({ zoom: 1.23456, x: 10.04, y: -0.04 })).toBe('1.235,10,0');
    expect(encodeViewport({ zoom: 0.0512345, x: -1234.56, y: 7 })).toBe('0.05123,-1234.6,7');
  });

  it('reads back what it writes, within the written precision', () => {
    fc.assert(
      fc.property(
        fc.double({ min: VIEWPORT_ZOOM_RANGE.min, max: VIEWPORT_ZOOM_RANGE.max, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (zoom, x, y) => {
          const back = decodeViewport(encodeViewport({ zoom, x, y }));
          expect(back).not.toBeNull();
          expect(Math.abs(back!.zoom - zoom) / zoom).toBeLessThan(1e-3);
          expect(Math.abs(back!.x - x)).toBeLessThanOrEqual(0.05 + 1e-9);
          expect(Math.abs(back!.y - y)).toBeLessThanOrEqual(0.05 + 1e-9);
        },
      ),
      { seed: 16, numRuns: 500 },
    );
  });

  it('ignores a value that is missing, malformed or out of range', () => {
    for (const bad of [null, '', '1,2', '1,2,3,4', 'a,b,c', '1e2,0,0', '0,0,0', '-1,0,0', '1000,0,0', `1,${VIEWPORT_MAX_COORD * 10},0`, 'NaN,1,1', 'Infinity,0,0', ' 1,2,3', '1,,2', '1.,2,3', `1,${'9'.repeat(80)},0`]) {
      expect(decodeViewport(bad), String(bad)).toBeNull();
    }
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const v = decodeViewport(text);
        if (v) expect(v.zoom).toBeGreaterThanOrEqual(VIEWPORT_ZOOM_RANGE.min);
      }),
      { seed: 16, numRuns: 1000 },
    );
  });

  it('is not part of the view state: an old link without it opens as before, and the state never writes it', () => {
    const params = new URLSearchParams('node=a&view=2,10,20');
    expect(decodeViewState(params, ctx)).toEqual({ ...decodeViewState(new URLSearchParams('node=a'), ctx) });
    expect(encodeViewState(DEFAULT_VIEW_STATE, ctx, params).toString()).toBe('');
  });
});
