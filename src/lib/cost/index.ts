/**
 * The cost model's public API, for any page or island that wants a framework's cost beside
 * something else (the decision checklist shows it beside its ranking):
 *
 *   estimateAll(inputs, costData) → FrameworkTotal[]
 *
 * one entry per framework in the data, in the data's order, each with its likely / low / high total
 * over the horizon (USD), its monthly run-rate, the hosting mode it was priced in, and the lines
 * left out of the total because only a quote exists. `inputs` is a CostInputs (start from
 * DEFAULT_INPUTS, or read a calculator query with inputsFromQuery; checklistQuery links back);
 * `costData` is what getCostIslandData() in src/data returns at build time. Pure and synchronous,
 * about 0.1 ms for every framework.
 */
import type { CostInputs } from './inputs';
import { estimateFrameworks } from './model';
import type { CostData, Range } from './types';

export { checklistQuery, fromChecklist } from './checklist';
export { DEFAULT_INPUTS, inputsFromQuery, queryFromInputs, type CostInputs } from './inputs';
export type { CostData, Range } from './types';

export interface FrameworkTotal {
  framework: string;
  title: string;
  hosting: 'self-hosted' | 'cloud' | 'saas';
  /** Over the horizon (inputs.horizonYears), USD. */
  total: Range;
  monthly: Range;
  /** Labels of lines priced by quote only, not in `total`. */
  notInTotal: string[];
}

export function estimateAll(inputs: CostInputs, costData: CostData): FrameworkTotal[] {
  return estimateFrameworks(costData, inputs).map((e) => ({
    framework: e.id,
    title: e.title,
    hosting: e.hosting,
    total: e.total,
    monthly: e.monthly,
    notInTotal: e.notInTotal.map((line) => line.label),
  }));
}
