import { describe, expect, it } from 'vitest';
import { colourDistance, deltaE2000, labOf, parseHex, simulateHex, worstDistance } from './colour-vision';

describe('CIEDE2000', () => {
  // Sharma, Wu & Dalal (2005), table 1: pairs 1, 7, 13, 17, 25 and 34 with their published ΔE00.
  const sharma: Array<[[number, number, number], [number, number, number], number]> = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ];
  it.each(sharma)('matches the published value for %j and %j', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
  });

  it('is zero for a colour and itself, and large between black and white', () => {
    expect(colourDistance('#4477AA', '#4477AA')).toBe(0);
    expect(colourDistance('#000000', '#FFFFFF')).toBeCloseTo(100, 0);
  });
});

describe('colour-vision simulation (Machado et al. 2009, severity 1)', () => {
  it('turns red and green into near-equals for deuteranopes and protanopes, not for normal vision', () => {
    // The classic confusion: a red and a green of similar lightness.
    const red = '#D55E00';
    const green = '#5A8A00';
    expect(colourDistance(red, green, 'normal')).toBeGreaterThan(30);
    expect(colourDistance(red, green, 'deuteranopia')).toBeLessThan(8);
    expect(colourDistance(red, green, 'protanopia')).toBeLessThan(8);
    // Tritanopes (blue–yellow) still tell them apart.
    expect(colourDistance(red, green, 'tritanopia')).toBeGreaterThan(30);
  });

  it('keeps blue against yellow apart for every red–green deficiency', () => {
    expect(worstDistance('#0072B2', '#F0E442').distance).toBeGreaterThan(40);
  });

  it('leaves greys grey and black black', () => {
    for (const vision of ['deuteranopia', 'protanopia', 'tritanopia'] as const) {
      expect(simulateHex('#000000', vision)).toBe('#000000');
      const [l, a, b] = labOf('#777777', vision);
      expect(l).toBeCloseTo(labOf('#777777')[0], 0);
      expect(Math.hypot(a, b)).toBeLessThan(1.5);
    }
  });

  it('names the vision where a pair is closest', () => {
    expect(worstDistance('#D55E00', '#5A8A00')).toEqual({ distance: expect.closeTo(5.77, 1) as number, vision: 'protanopia' });
    expect(worstDistance('#D55E00', '#5A8A00', ['normal', 'deuteranopia']).vision).toBe('deuteranopia');
  });

  it('refuses what is not a #rrggbb colour, quoting it', () => {
    expect(() => parseHex('red')).toThrow('not a colour as #rrggbb: "red"');
    expect(parseHex('#fff')).toEqual([1, 1, 1]);
  });
});
