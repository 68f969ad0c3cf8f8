/**
 * The calculator's result for a set of inputs, assembled in one place: the options compared (like
 * for like: a platform on another cloud only when the reader asks), the summary, and LLM serving.
 * The page's build-time summary, the MDX <CostEstimate> embed and the island all call this, so the
 * three can never disagree about the same inputs.
 */
import { estimateGenai } from './genai';
import type { CostInputs } from './inputs';
import { comparedEstimates } from './model';
import type { CostData } from './types';
import { summaryView } from './verdict';

export function calculatorResult(data: CostData, inputs: CostInputs) {
  const estimates = comparedEstimates(data, inputs);
  return { estimates, summary: summaryView(estimates, inputs.horizonYears), genai: inputs.genai === 'yes' ? estimateGenai(data, inputs) : null };
}

export type CalculatorResult = ReturnType<typeof calculatorResult>;
