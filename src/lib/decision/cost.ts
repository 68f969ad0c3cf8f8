/**
 * The one place the checklist meets the cost calculator's model. The answers become the very
 * query string the checklist links the calculator with, read by the calculator's own parser, and
 * estimated by its own model, so the figure beside the ranking is the figure the calculator shows.
 */
import { estimateFrameworks } from '../cost/model';
import type { CostData } from '../cost/types';
import { inputsFromQuery } from '../cost/url';
import { calculatorQuery } from './answers';
import type { CostTable } from './engine';
import type { Answers, Question } from './model';

function tableForQuery(data: CostData, query: string): CostTable {
  const { inputs } = inputsFromQuery(query);
  const years = inputs.horizonYears;
  return Object.fromEntries(
    estimateFrameworks(data, inputs).map((estimate) => [
      estimate.id,
      // All-in average a month over the horizon: infrastructure, platform fees and people's time.
      { total: estimate.total.likely, monthly: estimate.total.likely / (years * 12), years },
    ]),
  );
}

/**
 * The costs option for decide(), or undefined when the page has no cost data. Only a few answers
 * reach the calculator, so tables are kept per calculator query: "what would change this" tries
 * dozens of answer sets that mostly share one.
 */
export function costsFor(data: CostData | undefined, questions: readonly Question[]) {
  if (!data) return undefined;
  const tables = new Map<string, CostTable>();
  return (answers: Answers): CostTable => {
    const query = calculatorQuery(answers, questions);
    let table = tables.get(query);
    if (!table) tables.set(query, (table = tableForQuery(data, query)));
    return table;
  };
}
