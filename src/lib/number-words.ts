/**
 * Counts in words, for sentences a reader sees ("Six frameworks", "asks eleven questions"): every
 * count on a page is computed from the collections, and small ones read better spelled out.
 */
const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** 0–20 spelled out; anything else (larger, negative, fractional) as digits. */
export function numberInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : String(n);
}

/** "one framework", "six frameworks". */
export function countInWords(n: number, singular: string, plural = `${singular}s`): string {
  return `${numberInWords(n)} ${n === 1 ? singular : plural}`;
}

/** The first letter in upper case, for a count that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
