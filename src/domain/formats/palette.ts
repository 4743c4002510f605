/**
 * Colour-blind-safe categorical colours for imported relation types: Okabe–Ito (without
 * black), then Paul Tol's "muted" scheme; cycles after 16 types.
 */
export const SAFE_PALETTE = [
  '#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442',
  '#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499',
] as const;

export function paletteColor(index: number): string {
  return SAFE_PALETTE[((index % SAFE_PALETTE.length) + SAFE_PALETTE.length) % SAFE_PALETTE.length]!;
}
