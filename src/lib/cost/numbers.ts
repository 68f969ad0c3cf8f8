/** Numbers in formulas: "0.192", "28%". One formatter per precision, built once. */

// Building a formatter per call made a recompute ten times slower.
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();
export function num(value: number, digits = 4): string {
  let format = NUMBER_FORMATS.get(digits);
  if (!format) NUMBER_FORMATS.set(digits, (format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })));
  return format.format(value);
}
export const pct = (value: number) => `${num(value, 2)}%`;
