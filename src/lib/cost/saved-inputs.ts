/**
 * Saved inputs beside the current ones. The reader saves the current inputs as A and keeps editing (B); both
 * travel in one URL: B's inputs under their own keys, A's under the same keys prefixed "a." (and
 * "a=1" marks that A exists, so an A at the defaults survives). The comparison itself is computed
 * in inputs-compare.ts, loaded with the model.
 */
import type { CostInputs } from './inputs';
import { inputsFromQuery, queryFromInputs } from './url';

export const A_PREFIX = 'a.';
export const A_MARK = 'a';

export interface InputsWithSaved {
  inputs: CostInputs;
  /** null: no inputs saved as A. */
  a: CostInputs | null;
  ignored: string[];
}

/** Splits a query into B's part and A's part (A's keys without their prefix). */
export function splitQuery(search: string): { b: string; a: string | null } {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const a = new URLSearchParams();
  const b = new URLSearchParams();
  let hasA = false;
  for (const [key, value] of params) {
    if (key === A_MARK) hasA = true;
    else if (key.startsWith(A_PREFIX)) a.append(key.slice(A_PREFIX.length), value);
    else b.append(key, value);
  }
  return { b: b.toString(), a: hasA || [...a.keys()].length > 0 ? a.toString() : null };
}

export function readInputsWithSaved(search: string): InputsWithSaved {
  const { b, a } = splitQuery(search);
  const current = inputsFromQuery(b);
  if (a === null) return { inputs: current.inputs, a: null, ignored: current.ignored };
  const saved = inputsFromQuery(a);
  return { inputs: current.inputs, a: saved.inputs, ignored: [...current.ignored, ...saved.ignored.map((note) => `in the saved inputs A, ${note}`)] };
}

export function writeInputsWithSaved(inputs: CostInputs, a: CostInputs | null): string {
  const b = queryFromInputs(inputs);
  if (a === null) return b;
  const params = new URLSearchParams(b.slice(1));
  params.set(A_MARK, '1');
  for (const [key, value] of new URLSearchParams(queryFromInputs(a).slice(1))) params.set(`${A_PREFIX}${key}`, value);
  return `?${params.toString()}`;
}
