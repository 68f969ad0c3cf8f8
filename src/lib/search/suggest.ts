/**
 * "Did you mean Kubeflow?": each word of a query that is not a name the guide knows, but is within a
 * small edit distance of one, is replaced by that name. The names are the guide's own (frameworks
 * with their aliases, dimensions, tools, the tools it does not cover), gathered when the site is
 * built (src/pages/search/coverage.json.ts); there is no list of typos.
 */
import { STOP_WORDS, words } from './terms';

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Short words allow one slip; from six letters, two. Words under four letters are never corrected. */
function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 5 ? 1 : 2;
}

export interface Vocabulary {
  /** Each known word, lower-cased, with the spelling the guide uses ("sagemaker" → "SageMaker"). */
  spelling: Map<string, string>;
}

/** The words of the guide's names, each with its first spelling as written. */
export function vocabulary(names: readonly string[]): Vocabulary {
  const spelling = new Map<string, string>();
  for (const name of names) {
    for (const token of name.split(/\s+/)) {
      const written = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const key = words(written)[0];
      if (key && !spelling.has(key)) spelling.set(key, written);
    }
  }
  return { spelling };
}

/** The known word closest to `word` within the edits it allows; the first of equals wins. */
function closest(word: string, known: Vocabulary): string | undefined {
  let best: { key: string; distance: number } | undefined;
  const limit = allowedEdits(word);
  for (const key of known.spelling.keys()) {
    if (Math.abs(key.length - word.length) > limit) continue;
    const distance = editDistance(word, key);
    if (distance <= limit && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

/**
 * The query with every unknown word that is close to a known one corrected, known words in the
 * guide's spelling ("vertx ai vs sagemaker" → "Vertex AI vs SageMaker"); undefined when no word
 * needed correcting.
 */
export function suggestQuery(query: string, known: Vocabulary): string | undefined {
  let corrected = false;
  const out = words(query).map((word) => {
    const spelled = known.spelling.get(word);
    if (spelled) return spelled;
    if (STOP_WORDS.has(word)) return word;
    const near = closest(word, known);
    if (!near) return word;
    corrected = true;
    return known.spelling.get(near)!;
  });
  return corrected ? out.join(' ') : undefined;
}
