/**
 * The one place the checklist meets the cost calculator's model. The answers become the very
 * query string the checklist links the calculator with, read by the calculator's own parser, and
 * estimated by its own model, so the figure beside the ranking is the figure the calculator shows.
 */
import { estimateFrameworks } from '../cost/model';
import type { CostInputs } from '../cost/inputs';
import type { CostData } from '../cost/types';
import { inputsFromQuery } from '../cost/url';
import { calculatorQuery } from './answers';
import type { CostTable } from './engine';
import type { Answers, Question } from './model';

function tableFor(data: CostData, inputs: CostInputs): CostTable {
  const years = inputs.horizonYears;
  return Object.fromEntries(
    estimateFrameworks(data, inputs).map((estimate) => [
      estimate.id,
      {
        // The run rate once running (infrastructure, fees, people), apart from one-time costs.
        monthly: estimate.monthly.likely,
        oneTime: estimate.oneTime.likely,
        total: estimate.total.likely,
        years,
        quotes: estimate.notInTotal.map((line) => `${line.label}: quote`),
        // The calculator's own flag: the main fee is priced by quote only.
        incomplete: estimate.incomplete,
      },
    ]),
  );
}

/**
 * The costs option for decide(), or undefined when the page has no cost data. Only a few answers
 * reach the calculator, so tables are kept per calculator query: "what would change this" tries
 * dozens of answer sets that mostly share one. Many queries also differ only in answers the
 * calculator carries back untouched (compliance, openness, budget, scope, portability, most
 * priorities and requirements): those read to the same inputs, so a table is kept per inputs as
 * well, with the carried answers left out of the key (no estimate reads them; a unit test holds
 * that). This spares most estimates when a page or a test tries many answer sets.
 */
export function costsFor(data: CostData | undefined, questions: readonly Question[]) {
  if (!data) return undefined;
  const byQuery = new Map<string, CostTable>();
  const byInputs = new Map<string, CostTable>();
  return (answers: Answers): CostTable => {
    const query = calculatorQuery(answers, questions);
    let table = byQuery.get(query);
    if (!table) {
      const { inputs } = inputsFromQuery(query);
      const key = JSON.stringify({ ...inputs, carried: '' });
      table = byInputs.get(key);
      if (!table) byInputs.set(key, (table = tableFor(data, inputs)));
      byQuery.set(query, table);
    }
    return table;
  };
}
