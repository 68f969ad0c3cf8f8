/**
 * The loaded cost of each role: the reader's figure, or the region preset's (wage × the employer's
 * non-wage loading × the currency conversion), with the words that say which.
 */
import type { CostInputs, NumberSpec } from './inputs';
import { num } from './numbers';
import type { CostData, PeopleCost } from './types';

export const WORK_HOURS_PER_YEAR = 1840;
export const WORK_WEEKS_PER_YEAR = 48;

export type Role = 'dataScientist' | 'platformEngineer';

export interface RoleCost {
  /** Loaded USD a year. */
  yearly: number;
  hourly: number;
  weekly: number;
}

export function presetOf(data: CostData, region: string): PeopleCost {
  const preset = data.people.find((p) => p.id === region) ?? data.people[0];
  if (!preset) throw new Error('no people-cost presets in the data');
  return preset;
}

export function presetYearly(preset: PeopleCost, role: Role): number {
  return preset.roles[role].wage * preset.loading * preset.usdPerUnit;
}

const entered = (inputs: CostInputs, role: Role) => (role === 'dataScientist' ? inputs.dataScientistCost : inputs.platformEngineerCost);

export function roleCost(data: CostData, inputs: CostInputs, role: Role): RoleCost {
  const yearly = entered(inputs, role) ?? presetYearly(presetOf(data, inputs.region), role);
  return { yearly, hourly: yearly / WORK_HOURS_PER_YEAR, weekly: yearly / WORK_WEEKS_PER_YEAR };
}

/** Where a role's figure comes from, for formulas: the reader's, or the preset's arithmetic. */
export function roleCostText(data: CostData, inputs: CostInputs, role: Role): string {
  const { yearly } = roleCost(data, inputs, role);
  if (entered(inputs, role) !== null) return `${num(yearly, 0)} USD a year (yours)`;
  const preset = presetOf(data, inputs.region);
  const conversion = preset.usdPerUnit === 1 ? '' : ` × ${num(preset.usdPerUnit)} USD/${preset.currency}`;
  return `${num(yearly, 0)} USD a year (${preset.label}: ${num(preset.roles[role].wage, 0)} ${preset.currency} × ${num(preset.loading)} loading${conversion})`;
}

/**
 * An input's value as the model uses it: what the reader entered, or for a blank loaded cost the
 * region preset's figure; null for a blank that has no stand-in (a quote the reader has not entered).
 */
export function inputValue(data: CostData, inputs: CostInputs, spec: NumberSpec): number | null {
  const value = inputs[spec.name];
  if (value !== null) return value;
  if (spec.name === 'dataScientistCost') return roleCost(data, inputs, 'dataScientist').yearly;
  if (spec.name === 'platformEngineerCost') return roleCost(data, inputs, 'platformEngineer').yearly;
  return null;
}
