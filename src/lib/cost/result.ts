/**
 * The calculator's result for a set of inputs, assembled in one place: the options compared (like
 * for like: a platform on another cloud only when the reader asks), the summary, and LLM serving.
 * The page's build-time summary, the MDX <CostEstimate> embed and the island all call this, so the
 * three can never disagree about the same inputs.
 */
import { estimateGenai } from './genai';
import type { CostInputs } from './inputs';
import { comparedEstimates, unknownCapabilities } from './model';
import type { CostData } from './types';
import { summaryView } from './verdict';

export function calculatorResult(data: CostData, inputs: CostInputs) {
  const estimates = comparedEstimates(data, inputs);
  const summary = summaryView(estimates, inputs.horizonYears);
  const unknown = unknownCapabilities(inputs.scope);
  if (unknown.length > 0) summary.notes.unshift(`Not a capability we know, so left out of the scope: ${unknown.join(', ')}.`);
  return { estimates, summary, genai: inputs.genai === 'yes' ? estimateGenai(data, inputs) : null };
}

export type CalculatorResult = ReturnType<typeof calculatorResult>;
