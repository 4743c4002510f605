// One number formatter for every count on the page: Number#toLocaleString builds a new
// Intl.NumberFormat on each call, which showed up in the first draw's profile.
const EN = new Intl.NumberFormat('en');

/** 1234 → "1,234". */
export function formatCount(n: number): string {
  return EN.format(n);
}

/** "1 report", "1,204 reports". */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${EN.format(n)} ${n === 1 ? noun : plural}`;
}
