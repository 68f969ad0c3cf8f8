/**
 * Where the answer is fragile. The tornado: one input at a time across its low–high range (the
 * others held), for one framework, widest swing first, with the effort profile's own operations
 * range beside the inputs. The crossover: for two frameworks, the value of an input at which their
 * likely totals meet. Loaded by the island on first use.
 */
import { NUMBER_SPECS, type CostInputs, type NumberSpec } from './inputs';
import { estimateFramework } from './model';
import { inputValue } from './people';
import type { CostData, EffortProfile } from './types';

export interface TornadoBar {
  /** The input's name, or 'operations-range' for the effort profile's own range. */
  name: string;
  label: string;
  lowValue: number;
  highValue: number;
  /** Likely totals with the input at its low and high value. */
  atLow: number;
  atHigh: number;
  swing: number;
}

/**
 * The low and high ends the tornado tries: values for inputs whose default is 0 or a share, else
 * multiples of today's value (×0.5 and ×2 unless listed), clipped to the input's range.
 */
const RANGES: Partial<Record<NumberSpec['name'], [number, number]>> = {
  horizonYears: [1, 5],
  spotSharePct: [0, 50],
  spotDiscountPct: [30, 90],
  commitmentDiscountPct: [0, 46],
  servingIdlePct: [0, 50],
  notebookIdlePct: [10, 60],
  natGateways: [0, 3],
  migrationRiskPct: [0, 50],
};
const SWINGS: Partial<Record<NumberSpec['name'], [number, number]>> = {
  dataScientistCost: [0.75, 1.5],
  platformEngineerCost: [0.75, 1.5],
  replicas: [1, 3],
  servingHours: [0.25, 1],
  clusters: [1, 2],
  llmGpusPerReplica: [0.5, 2],
  llmReplicas: [1, 3],
  llmHours: [0.25, 1],
};

const clip = (spec: NumberSpec, value: number) => {
  const clipped = Math.min(spec.max, Math.max(spec.min, value));
  return spec.integer ? Math.round(clipped) : clipped;
};

export function tryRange(spec: NumberSpec, value: number): [number, number] {
  const range = RANGES[spec.name];
  if (range) return [clip(spec, range[0]), clip(spec, range[1])];
  const [low, high] = SWINGS[spec.name] ?? [0.5, 2];
  return [clip(spec, value * low), clip(spec, value * high)];
}

export function tornado(data: CostData, profile: EffortProfile, inputs: CostInputs, limit = 8): TornadoBar[] {
  const total = (next: CostInputs) => estimateFramework(data, profile, next).total.likely;
  const bars: TornadoBar[] = [];
  for (const spec of NUMBER_SPECS) {
    const value = inputValue(data, inputs, spec);
    if (value === null) continue;
    const [lowValue, highValue] = tryRange(spec, value);
    if (lowValue === highValue) continue;
    const atLow = total({ ...inputs, [spec.name]: lowValue });
    const atHigh = total({ ...inputs, [spec.name]: highValue });
    if (atLow === atHigh) continue;
    bars.push({ name: spec.name, label: spec.label, lowValue, highValue, atLow, atHigh, swing: Math.abs(atHigh - atLow) });
  }
  const estimate = estimateFramework(data, profile, inputs);
  const operations = estimate.lines.find((line) => line.id === 'operations');
  if (operations) {
    const base = estimate.total.likely - operations.horizon.likely;
    bars.push({
      name: 'operations-range',
      label: 'Operations hours (the effort profile’s low–high)',
      lowValue: operations.horizon.low,
      highValue: operations.horizon.high,
      atLow: base + operations.horizon.low,
      atHigh: base + operations.horizon.high,
      swing: operations.horizon.high - operations.horizon.low,
    });
  }
  return bars.sort((a, b) => b.swing - a.swing).slice(0, limit);
}

/** One side of a comparison: a framework, in a hosting mode it offers. */
export interface Option {
  profile: EffortProfile;
  hosting: EffortProfile['hosting'][number]['mode'];
}

/** Every framework in every hosting mode it offers, so a framework can be compared with itself. */
export function optionsOf(data: CostData): Option[] {
  return data.profiles.flatMap((profile) => profile.hosting.map((h) => ({ profile, hosting: h.mode })));
}

export const optionKey = (o: Option) => `${o.profile.framework}:${o.hosting}`;

export interface Crossover {
  name: string;
  label: string;
  unit: string;
  /** The input value at which the two likely totals are equal. */
  value: number;
  /** Which of the two options (optionKey) is cheaper above that value. */
  cheaperAbove: string;
  cheaperBelow: string;
}

/**
 * The value of one input at which framework a's and b's likely totals cross, searched over the
 * input's own range (capped at 20 × today's value so the answer stays in a plausible span); null
 * when they do not cross there.
 */
export function crossover(data: CostData, a: Option, b: Option, inputs: CostInputs, spec: NumberSpec): Crossover | null {
  const current = inputValue(data, inputs, spec) ?? spec.min;
  const upper = Math.min(spec.max, Math.max(RANGES[spec.name]?.[1] ?? 0, current * 20, spec.min + 10));
  const gap = (x: number) => {
    const next = { ...inputs, [spec.name]: x };
    return estimateFramework(data, a.profile, { ...next, hosting: a.hosting }).total.likely - estimateFramework(data, b.profile, { ...next, hosting: b.hosting }).total.likely;
  };
  const STEPS = 40;
  let x0 = spec.min;
  let g0 = gap(x0);
  for (let i = 1; i <= STEPS; i++) {
    const x1 = spec.min + ((upper - spec.min) * i) / STEPS;
    const g1 = gap(x1);
    if (g0 === 0 || Math.sign(g0) !== Math.sign(g1)) {
      let lo = x0;
      let hi = x1;
      for (let k = 0; k < 40 && g0 !== 0; k++) {
        const mid = (lo + hi) / 2;
        if (Math.sign(gap(mid)) === Math.sign(g0)) lo = mid;
        else hi = mid;
      }
      const value = g0 === 0 ? x0 : spec.integer ? Math.ceil(hi) : hi;
      const aCheaperAbove = g1 < 0;
      return {
        name: spec.name,
        label: spec.label,
        unit: spec.unit,
        value,
        cheaperAbove: optionKey(aCheaperAbove ? a : b),
        cheaperBelow: optionKey(aCheaperAbove ? b : a),
      };
    }
    x0 = x1;
    g0 = g1;
  }
  return null;
}

/** Every input at which the two frameworks cross, nearest to today's value first. */
export function crossovers(data: CostData, a: Option, b: Option, inputs: CostInputs): Crossover[] {
  const found: Array<Crossover & { distance: number }> = [];
  for (const spec of NUMBER_SPECS) {
    const current = inputValue(data, inputs, spec);
    if (current === null) continue;
    const cross = crossover(data, a, b, inputs, spec);
    if (cross) found.push({ ...cross, distance: Math.abs(cross.value - current) / Math.max(1, Math.abs(current)) });
  }
  return found.sort((x, y) => x.distance - y.distance).map(({ distance: _d, ...c }) => c);
}
