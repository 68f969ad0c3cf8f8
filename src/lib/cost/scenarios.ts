/**
 * Two scenarios side by side. The reader saves the current inputs as A and keeps editing (B); both
 * travel in one URL: B's inputs under their own keys, A's under the same keys prefixed "a." (and
 * "a=1" marks that A exists, so an A at the defaults survives). The comparison itself is computed
 * by the island on first use.
 */
import { CHOICE_SPECS, inputsFromQuery, NUMBER_SPECS, queryFromInputs, type CostInputs } from './inputs';
import { estimateFrameworks } from './model';
import type { CostData, Range } from './types';

export const A_PREFIX = 'a.';
export const A_MARK = 'a';

export interface TwoScenarios {
  inputs: CostInputs;
  /** null: no scenario A saved. */
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

export function readTwoScenarios(search: string): TwoScenarios {
  const { b, a } = splitQuery(search);
  const current = inputsFromQuery(b);
  if (a === null) return { inputs: current.inputs, a: null, ignored: current.ignored };
  const saved = inputsFromQuery(a);
  return { inputs: current.inputs, a: saved.inputs, ignored: [...current.ignored, ...saved.ignored.map((note) => `in scenario A, ${note}`)] };
}

export function writeTwoScenarios(inputs: CostInputs, a: CostInputs | null): string {
  const b = queryFromInputs(inputs);
  if (a === null) return b;
  const params = new URLSearchParams(b.slice(1));
  params.set(A_MARK, '1');
  for (const [key, value] of new URLSearchParams(queryFromInputs(a).slice(1))) params.set(`${A_PREFIX}${key}`, value);
  return `?${params.toString()}`;
}

export interface InputChange {
  label: string;
  a: string;
  b: string;
}

/** The inputs that differ between A and B, in words. */
export function changedInputs(a: CostInputs, b: CostInputs): InputChange[] {
  const changes: InputChange[] = [];
  for (const spec of NUMBER_SPECS) {
    if (a[spec.name] !== b[spec.name]) changes.push({ label: spec.label, a: a[spec.name] === null ? 'blank' : String(a[spec.name]), b: b[spec.name] === null ? 'blank' : String(b[spec.name]) });
  }
  for (const spec of CHOICE_SPECS) {
    const av = a[spec.name] as string;
    const bv = b[spec.name] as string;
    if (av !== bv) changes.push({ label: spec.label, a: spec.labels[av] ?? av, b: spec.labels[bv] ?? bv });
  }
  return changes;
}

export interface ScenarioRow {
  id: string;
  title: string;
  a: Range;
  b: Range;
  /** B − A, likely. */
  difference: number;
}

export function compareScenarios(data: CostData, a: CostInputs, b: CostInputs): ScenarioRow[] {
  const inA = estimateFrameworks(data, a);
  const inB = estimateFrameworks(data, b);
  return inB.map((eb, i) => ({ id: eb.id, title: eb.title, a: inA[i]!.total, b: eb.total, difference: eb.total.likely - inA[i]!.total.likely }));
}
