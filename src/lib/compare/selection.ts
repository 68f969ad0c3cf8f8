/**
 * Which frameworks the compare view shows, read from `?fw=a,b,c`. Unlike url-state's `setOf`, a
 * list with one bad id is not thrown away: the reader keeps the valid part and is told, in words,
 * which ids were ignored (unknown, repeated, or beyond the six a table can hold).
 */
import { describeRaw, oneOf, readState, writeState, type Field, type Fields } from '../url-state';

export const MIN_SELECTED = 2;
export const MAX_SELECTED = 6;

export interface CompareState {
  ids: string[];
  differencesOnly: boolean;
  ignored: string[];
}

export interface Selection {
  /** Valid ids in the order of `known` (the site's display order), so a link has one spelling. */
  ids: string[];
  ignored: string[];
}

/** The raw comma-separated items of `fw`; validation happens in `resolveSelection`, which can explain itself. */
const rawList: Field<readonly string[]> = {
  key: 'fw',
  fallback: [],
  parse: (raw) =>
    raw
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  format: (value) => value.join(','),
};

const fields: Fields<{ fw: readonly string[]; show: 'all' | 'differences' }> = {
  fw: rawList,
  show: oneOf('show', ['all', 'differences'] as const, 'all'),
};

/** Keeps the known, first-seen ids up to the maximum; names everything else it dropped. */
export function resolveSelection(requested: readonly string[], known: readonly string[], fallback: readonly string[]): Selection {
  const ignored: string[] = [];
  const kept = new Set<string>();
  for (const id of requested) {
    if (!known.includes(id)) ignored.push(`unknown framework "${describeRaw(id)}"`);
    else if (kept.has(id)) ignored.push(`"${id}" listed twice (shown once)`);
    else if (kept.size >= MAX_SELECTED) ignored.push(`"${id}" (at most ${MAX_SELECTED} frameworks can be compared)`);
    else kept.add(id);
  }
  if (requested.length > 0 && kept.size < MIN_SELECTED) {
    ignored.push(`fewer than ${MIN_SELECTED} frameworks were usable, so the default selection is shown`);
    return { ids: [...fallback], ignored };
  }
  if (requested.length === 0) return { ids: [...fallback], ignored };
  return { ids: known.filter((id) => kept.has(id)), ignored };
}

/** Reads the compare view's state from a query string; any other key is noted as ignored, and nothing throws. */
export function readCompareState(search: string, known: readonly string[], fallback: readonly string[]): CompareState {
  const { state, ignored } = readState(search, fields);
  const selection = resolveSelection(state.fw, known, fallback);
  return { ids: selection.ids, differencesOnly: state.show === 'differences', ignored: [...ignored, ...selection.ignored] };
}

/** The query string for a state, e.g. `?fw=mlflow,kubeflow&show=differences`. */
export function writeCompareState(ids: readonly string[], differencesOnly = false): string {
  // Ids never contain commas, so the separator can stay readable in a shared link.
  return writeState({ fw: ids, show: differencesOnly ? ('differences' as const) : ('all' as const) }, fields).replaceAll('%2C', ',');
}
