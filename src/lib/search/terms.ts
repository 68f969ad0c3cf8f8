/**
 * What a query means, word by word: which words carry it (not "to", "the", "how"), and how to mark
 * those words in an excerpt. Pagefind matches and highlights every word, so "scale to zero" would
 * light up "to", "tooling" and "today"; these helpers keep the common words out.
 */

/** Words too common to search for or highlight on their own (English function words and question words). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could do does for from has have how i if in into is it its ' +
    'me much my of on or our should so than that the their them then there these this those to too us ' +
    'was we what when where which who why will with would you your vs versus compared against'
  ).split(' '),
);

/** Words of a query, lower-cased, with punctuation at their edges removed ("lock-in" stays whole). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/** The words that carry a query's meaning. A query of only common words keeps them all. */
export function meaningfulTerms(query: string): string[] {
  const all = words(query);
  const kept = all.filter((word) => !STOP_WORDS.has(word));
  return kept.length > 0 ? kept : all;
}

/** What to hand Pagefind: the meaningful words, so common words neither rank nor highlight. */
export function engineQuery(query: string): string {
  return meaningfulTerms(query).join(' ');
}

/**
 * Whether a word of the text matches a query term: the same word, or the term followed by a plural or
 * simple inflection ("endpoint" marks "endpoints", "deploy" marks "deployed"). A term of one or two
 * letters only matches itself, so "ai" never marks "aim" or "air".
 */
export function matchesTerm(word: string, term: string): boolean {
  const w = words(word)[0] ?? '';
  if (w === term) return true;
  if (term.length < 3 || !w.startsWith(term)) return false;
  return /^(s|es|ed|d|ing|er|ers|ation|ations)$/.test(w.slice(term.length));
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits text into marked and unmarked runs: each word matching a meaningful term is marked. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  for (const part of text.split(/(\s+)/)) {
    if (part === '') continue;
    const mark = !/^\s+$/.test(part) && terms.some((term) => matchesTerm(part, term));
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += part;
    else segments.push({ text: part, mark });
  }
  return segments;
}
