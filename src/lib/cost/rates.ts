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

/** The reader entered hardware bought up front for their data centre (a positive amount). */
export const hardwareBought = (inputs: CostInputs): boolean => (inputs.onpremHardwareUsd ?? 0) > 0;

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

/**
 * One node-hour of a kind: the platform's own list price, else the cloud's VM price × its markup.
 * Hosting (`use: 'hosting'`) takes the platform's own hosting price where it lists one apart from
 * training ({priceBook}-hosting-{kind}), else its one price for both.
 */
export function nodeRate(data: CostData, profile: EffortProfile, venue: Venue, kind: NodeKind, inputs: CostInputs, use: 'training' | 'hosting' = 'training'): NodeRate {
  if (venue === 'onprem') {
    const usd = kind === 'cpu' ? inputs.onpremCpuHour : inputs.onpremGpuHour;
    // Hardware bought up front is its own one-time line: the hourly rate is then running costs only.
    const what = hardwareBought(inputs) ? 'your data centre’s running cost; the hardware is one-time' : 'your data centre’s rate';
    return { usd, markup: 1, fee: 0, text: usd === null ? `${what} (not entered)` : `${num(usd)} USD (${what})` };
  }
  const hosting = use === 'hosting' && profile.priceBook ? data.prices[`${profile.priceBook}-hosting-${nodeSuffix(kind)}`] : undefined;
  const own = hosting ?? (profile.priceBook ? data.prices[`${profile.priceBook}-${nodeSuffix(kind)}`] : undefined);
  if (own) return { usd: own.usd, price: own, markup: 1, fee: 0, text: `${num(own.usd ?? 0)} USD (${own.label})` };
  const price = priceOf(data, `${venue}-${nodeSuffix(kind)}`);
  const markup = kind === 'cpu' ? profile.computeMarkup.cpu : profile.computeMarkup.gpu;
  // A quote the reader entered for this vendor replaces its fee on compute (see platformFeeLines).
  const quoted = inputs.quotes[profile.framework] !== undefined;
  if (profile.computeMarkup.billedAsFee && quoted)
    return { usd: price.usd, price, markup: 1, fee: 0, text: `${num(price.usd ?? 0)} USD (${price.label}; the vendor's fee is in your quote)` };
  if (profile.computeMarkup.billedAsFee && markup > 1 && price.usd !== null) {
    const fee = price.usd * (markup - 1);
    return {
      usd: price.usd,
      price,
      markup,
      fee,
      text: `${num(price.usd)} USD (${price.label})`,
      feeText: ` + ${num(fee)} USD management fee (${pct((markup - 1) * 100)}, not discounted)`,
    };
  }
  const usd = price.usd === null ? null : price.usd * markup;
  const markupText = markup === 1 ? '' : ` × ${num(markup)} platform markup`;
  return { usd, price, markup, fee: 0, text: `${num(price.usd ?? 0)} USD (${price.label})${markupText}` };
}

/**
 * Commitment presets by term, % off on-demand compute, with where each figure comes from. Azure has
 * no sourced figure per term: there the reader's own % applies.
 *   aws: an m5.xlarge Compute Savings Plan at 0.121 (1 year) and 0.077 (3 years) against 0.192 on demand
 *        (sagemaker-ec2-price-finfan, unverified), also used for SageMaker AI's own Savings Plans;
 *   gcp: flexible committed-use discounts, 28% and 46% (vertex-ai-cud-brief, third-party).
 */
export const COMMITMENT_PRESETS: Record<Cloud, Record<'1y' | '3y', number> | null> = {
  aws: { '1y': 37, '3y': 60 },
  gcp: { '1y': 28, '3y': 46 },
  azure: null,
};

/** The % off on-demand compute in this venue: the term's preset where one is sourced, else the reader's %. */
export function commitmentPct(inputs: CostInputs, venue: Venue): number {
  const preset = inputs.commitmentTerm === 'none' || venue === 'onprem' ? null : COMMITMENT_PRESETS[venue];
  return preset && inputs.commitmentTerm !== 'none' ? preset[inputs.commitmentTerm] : inputs.commitmentDiscountPct;
}

export const commitmentFactor = (inputs: CostInputs, venue: Venue = chosenCloud(inputs)) => 1 - commitmentPct(inputs, venue) / 100;
/** Training: commitments cover the on-demand share only; the spot share has its own discount. */
export const trainingFactor = (inputs: CostInputs, venue: Venue) =>
  (1 - inputs.spotSharePct / 100) * commitmentFactor(inputs, venue) + (inputs.spotSharePct / 100) * (1 - inputs.spotDiscountPct / 100);

export { num, pct } from './numbers';
