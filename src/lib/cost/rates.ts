/**
 * Unit prices as the model uses them: where a framework is priced, which price applies to a kind of
 * node, and the reader's discounts. Pure lookups; a missing price id is a data error and throws.
 */
import type { CostInputs, GpuType } from './inputs';
import { num, pct } from './numbers';
import type { CostData, EffortProfile, PriceRecord, Venue } from './types';
import type { Cloud } from './words';

export const HOURS_PER_MONTH = 730;

export function priceOf(data: CostData, id: string): PriceRecord {
  const price = data.prices[id];
  if (!price) throw new Error(`unknown price id "${id}"`);
  return price;
}

/** The reader's cloud, or AWS (the reference) when they have none yet. */
export function chosenCloud(inputs: CostInputs): Venue {
  if (inputs.cloud === 'none') return 'aws';
  return inputs.cloud;
}

/** Where a framework's infrastructure is priced. A platform bound to one cloud is priced there. */
export function venueOf(profile: EffortProfile, inputs: CostInputs): Venue {
  return profile.runsOn === 'chosen' ? chosenCloud(inputs) : profile.runsOn;
}

/** The cloud whose list prices stand in for fees and storage (AWS, the reference, for a data centre). */
export const listCloud = (venue: Venue): Cloud => (venue === 'onprem' ? 'aws' : venue);

export type NodeKind = 'cpu' | GpuType;

export interface NodeRate {
  /** USD an hour (a GPU-hour for GPUs); null: no readable price (a quote). */
  usd: number | null;
  price?: PriceRecord | undefined;
  /** The markup applied to the cloud's VM price, when the platform's own price is not listed. */
  markup: number;
  /**
   * USD an hour billed as a separate platform fee that no commitment or spot discount reduces
   * (already excluded from `usd`); 0 when the markup is part of the discounted price.
   */
  fee: number;
  /** Words for the formula: "g5.xlarge (A10G) 1.006" or "your data centre's rate". */
  text: string;
  /** Words for the undiscounted fee, appended after the discounts. */
  feeText?: string;
}

const nodeSuffix = (kind: NodeKind) => (kind === 'cpu' ? 'cpu-node' : `gpu-${kind}`);

/** One node-hour of a kind: the platform's own list price, else the cloud's VM price × its markup. */
export function nodeRate(data: CostData, profile: EffortProfile, venue: Venue, kind: NodeKind, inputs: CostInputs): NodeRate {
  if (venue === 'onprem') {
    const usd = kind === 'cpu' ? inputs.onpremCpuHour : inputs.onpremGpuHour;
    return { usd, markup: 1, fee: 0, text: usd === null ? 'your data centre’s rate (not entered)' : `${num(usd)} USD (your data centre’s rate)` };
  }
  const own = profile.priceBook ? data.prices[`${profile.priceBook}-${nodeSuffix(kind)}`] : undefined;
  if (own) return { usd: own.usd, price: own, markup: 1, fee: 0, text: `${num(own.usd ?? 0)} USD (${own.label})` };
  const price = priceOf(data, `${venue}-${nodeSuffix(kind)}`);
  const markup = kind === 'cpu' ? profile.computeMarkup.cpu : profile.computeMarkup.gpu;
  if (profile.computeMarkup.billedAsFee && markup > 1 && price.usd !== null) {
    const fee = price.usd * (markup - 1);
    return { usd: price.usd, price, markup, fee, text: `${num(price.usd)} USD (${price.label})`, feeText: ` + ${num(fee)} USD management fee (${pct((markup - 1) * 100)}, not discounted)` };
  }
  const usd = price.usd === null ? null : price.usd * markup;
  const markupText = markup === 1 ? '' : ` × ${num(markup)} platform markup`;
  return { usd, price, markup, fee: 0, text: `${num(price.usd ?? 0)} USD (${price.label})${markupText}` };
}

export const commitmentFactor = (inputs: CostInputs) => 1 - inputs.commitmentDiscountPct / 100;
export const spotFactor = (inputs: CostInputs) => 1 - inputs.spotSharePct / 100 + (inputs.spotSharePct / 100) * (1 - inputs.spotDiscountPct / 100);

export { num, pct } from './numbers';
