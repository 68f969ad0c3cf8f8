/**
 * GenAI serving, beside the framework estimates: tokens a month through a managed per-token API (a
 * sourced default price for one named open model on the reader's cloud, editable) against the same
 * model self-hosted on GPU endpoints (replicas × GPUs × hours). The same for every framework on a
 * cloud, so it is one comparison, not a line in each framework.
 */
import { countOf } from '../format';
import type { CostInputs } from './inputs';
import { chosenCloud, commitmentFactor, num, pct, priceOf } from './rates';
import type { CostData, PriceRecord } from './types';

export interface GenaiEstimate {
  api: { monthly: number; formula: string; input?: PriceRecord | undefined; output?: PriceRecord | undefined };
  /** null monthly: the GPU has no readable price here (a data centre without a rate). */
  selfHosted: { monthly: number | null; formula: string; price?: PriceRecord | undefined };
  /** Million tokens a month (same input/output mix) at which both cost the same; null when undefined. */
  breakEvenMillionTokens: number | null;
}

export function estimateGenai(data: CostData, inputs: CostInputs): GenaiEstimate {
  const venue = chosenCloud(inputs);
  const cloud = venue === 'onprem' ? 'aws' : venue;
  const inputPrice = priceOf(data, `${cloud}-llm-input`);
  const outputPrice = priceOf(data, `${cloud}-llm-output`);
  const inUsd = inputs.llmInputPrice ?? inputPrice.usd ?? 0;
  const outUsd = inputs.llmOutputPrice ?? outputPrice.usd ?? 0;
  const api = inputs.llmInputMillions * inUsd + inputs.llmOutputMillions * outUsd;
  const whose = inputs.llmInputPrice === null && inputs.llmOutputPrice === null ? ` (${inputPrice.label.replace(/, input tokens$/, '')})` : ' (your prices)';
  const gpuHours = inputs.llmReplicas * inputs.llmGpusPerReplica * inputs.llmHours;
  let selfHosted: GenaiEstimate['selfHosted'];
  if (venue === 'onprem') {
    const rate = inputs.onpremGpuHour;
    selfHosted =
      rate === null
        ? { monthly: null, formula: 'your data centre’s GPU rate is not entered: a quote' }
        : { monthly: gpuHours * rate, formula: `${num(gpuHours)} GPU-h × ${num(rate)} USD (your data centre’s rate)` };
  } else {
    const price = priceOf(data, `${venue}-gpu-${inputs.llmGpu}`);
    const usd = (price.usd ?? 0) * commitmentFactor(inputs);
    selfHosted = {
      monthly: gpuHours * usd,
      price,
      formula:
        `${countOf(inputs.llmReplicas, 'replica')} × ${countOf(inputs.llmGpusPerReplica, 'GPU')} × ${num(inputs.llmHours)} h × ${num(price.usd ?? 0)} USD (${price.label})` +
        (inputs.commitmentDiscountPct === 0 ? '' : ` × (1 − ${pct(inputs.commitmentDiscountPct)} commitment)`),
    };
  }
  const tokens = inputs.llmInputMillions + inputs.llmOutputMillions;
  const perMillion = tokens > 0 ? api / tokens : (inUsd + outUsd) / 2;
  return {
    api: {
      monthly: api,
      formula: `${num(inputs.llmInputMillions)} M input × ${num(inUsd)} USD + ${num(inputs.llmOutputMillions)} M output × ${num(outUsd)} USD${whose}`,
      input: inputPrice,
      output: outputPrice,
    },
    selfHosted,
    breakEvenMillionTokens: selfHosted.monthly === null || perMillion <= 0 ? null : selfHosted.monthly / perMillion,
  };
}
