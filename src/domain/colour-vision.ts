// How far apart two colours look, for people with normal colour vision and for the two common
// red–green deficiencies. Used to choose and check the relation-type palette
// (relation-palette.ts): a palette is only as good as its closest pair under every vision.
//
// Simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation
// of Color Vision Deficiency", severity 1.0 (dichromacy), applied to linear sRGB.
// Distance: CIEDE2000 (Sharma, Wu & Dalal 2005 formulation) in CIELAB with the D65 white point.

export const VISIONS = ['normal', 'deuteranopia', 'protanopia', 'tritanopia'] as const;
export type Vision = (typeof VISIONS)[number];

/** The visions a palette must hold up under (tritanopia, about 1 in 10,000, is reported but not required). */
export const REQUIRED_VISIONS: readonly Vision[] = ['normal', 'deuteranopia', 'protanopia'];

type Matrix = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];

const MACHADO: Record<Exclude<Vision, 'normal'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** The 3 × 3 matrix (rows) that simulates a deficiency on linear sRGB, e.g. for an SVG feColorMatrix. */
export function simulationMatrix(vision: Exclude<Vision, 'normal'>): Matrix {
  return MACHADO[vision];
}

export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];

/** "#rrggbb" (or "#rgb") → sRGB in 0..1; throws on anything else, naming the value. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a colour as #rrggbb: ${JSON.stringify(hex)}`);
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number): number => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c: number): number => Math.min(1, Math.max(0, c));

/** Linear sRGB as seen with the given vision (clamped to the gamut, as a screen would show it). */
export function simulateLinear(linear: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return linear;
  const m = MACHADO[vision];
  return m.map((row) => clamp01(row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2])) as unknown as Rgb;
}

/** A colour as seen with the given vision, as "#rrggbb" (for pictures and docs). */
export function simulateHex(hex: string, vision: Vision): string {
  const sim = simulateLinear(parseHex(hex).map(toLinear) as unknown as Rgb, vision);
  return `#${sim.map((c) => Math.round(toGamma(c) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** CIELAB (D65) of a linear sRGB colour. */
export function linearToLab([r, g, b]: Rgb): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const fx = f(x);
  const fy = f(y);
  const fz = f(z);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIELAB of "#rrggbb" as seen with the given vision. */
export function labOf(hex: string, vision: Vision = 'normal'): Lab {
  return linearToLab(simulateLinear(parseHex(hex).map(toLinear) as unknown as Rgb, vision));
}

const rad = (deg: number): number => (deg * Math.PI) / 180;
const deg = (r: number): number => (r * 180) / Math.PI;

/** CIEDE2000 colour difference (kL = kC = kH = 1). */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const c1 = Math.hypot(a1, b1);
  const c2 = Math.hypot(a2, b2);
  const cMean7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const hue = (b: number, ap: number): number => (b === 0 && ap === 0 ? 0 : (deg(Math.atan2(b, ap)) + 360) % 360);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dL = l2 - l1;
  const dC = c2p - c1p;
  let dh = 0;
  if (c1p * c2p !== 0) {
    dh = h2p - h1p;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(rad(dh / 2));
  const lMean = (l1 + l2) / 2;
  const cMeanP = (c1p + c2p) / 2;
  let hMean = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hMean = (h1p + h2p) / 2;
    else hMean = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const t = 1 - 0.17 * Math.cos(rad(hMean - 30)) + 0.24 * Math.cos(rad(2 * hMean)) + 0.32 * Math.cos(rad(3 * hMean + 6)) - 0.2 * Math.cos(rad(4 * hMean - 63));
  const dTheta = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
  const cMeanP7 = cMeanP ** 7;
  const rc = 2 * Math.sqrt(cMeanP7 / (cMeanP7 + 25 ** 7));
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sc = 1 + 0.045 * cMeanP;
  const sh = 1 + 0.015 * cMeanP * t;
  const rt = -Math.sin(rad(2 * dTheta)) * rc;
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** ΔE00 between two "#rrggbb" colours as seen with the given vision. */
export function colourDistance(a: string, b: string, vision: Vision = 'normal'): number {
  return deltaE2000(labOf(a, vision), labOf(b, vision));
}

/** The smallest ΔE00 between two colours over the given visions, and the vision where it is smallest. */
export function worstDistance(a: string, b: string, visions: readonly Vision[] = REQUIRED_VISIONS): { distance: number; vision: Vision } {
  let worst = { distance: Infinity, vision: visions[0] ?? ('normal' as Vision) };
  for (const v of visions) {
    const d = colourDistance(a, b, v);
    if (d < worst.distance) worst = { distance: d, vision: v };
  }
  return worst;
}
