/** Saved inputs A against the current inputs B: the inputs that differ, in words, and each framework's totals and difference. */
import { CHOICE_SPECS, NUMBER_SPECS, type CostInputs } from './inputs';
import { estimateFrameworks } from './model';
import type { CostData, Range } from './types';

export interface InputChange {
  label: string;
  a: string;
  b: string;
}

/** The inputs that differ between A and B, in words. */
export function changedInputs(a: CostInputs, b: CostInputs): InputChange[] {
  const changes: InputChange[] = [];
  for (const spec of NUMBER_SPECS) {
    if (a[spec.name] !== b[spec.name])
      changes.push({ label: spec.label, a: a[spec.name] === null ? 'blank' : String(a[spec.name]), b: b[spec.name] === null ? 'blank' : String(b[spec.name]) });
  }
  for (const spec of CHOICE_SPECS) {
    const av = a[spec.name] as string;
    const bv = b[spec.name] as string;
    if (av !== bv) changes.push({ label: spec.label, a: spec.labels[av] ?? av, b: spec.labels[bv] ?? bv });
  }
  return changes;
}

export interface InputsCompareRow {
  id: string;
  title: string;
  a: Range;
  b: Range;
  /** B − A, likely. */
  difference: number;
}

export function compareInputs(data: CostData, a: CostInputs, b: CostInputs): InputsCompareRow[] {
  const inA = estimateFrameworks(data, a);
  const inB = estimateFrameworks(data, b);
  return inB.map((eb, i) => ({ id: eb.id, title: eb.title, a: inA[i]!.total, b: eb.total, difference: eb.total.likely - inA[i]!.total.likely }));
}
