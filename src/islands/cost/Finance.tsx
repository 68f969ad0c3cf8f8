/**
 * The finance view: unit costs of every option, and the cash flow year by year (every option's
 * yearly totals, then the chosen option's years split by kind). Figures come from
 * src/lib/cost/finance, which the CSV uses too, so the download holds the same numbers.
 */
import { CASH_FLOW_PARTS, cashFlow, unitCostTable } from '../../lib/cost/finance';
import type { CostInputs } from '../../lib/cost/inputs';
import { frameworkLabel } from '../../lib/cost/present';
import type { FrameworkEstimate } from '../../lib/cost/types';
import { usd } from '../../lib/format';

/** Unit costs: whole dollars from $100, cents from $1, and four decimals below (a prediction costs fractions of a cent). */
export const unitText = (value: number) =>
  value >= 100 ? usd(value) : value >= 1 ? usd(Math.round(value * 100) / 100, { cents: true }) : usd(value, { cents: true });

export function UnitCosts({ estimates, inputs }: { estimates: FrameworkEstimate[]; inputs: CostInputs }) {
  const table = unitCostTable(estimates, inputs);
  return (
    <>
      <h3 id="unit-costs">Unit costs</h3>
      {table.columns.length > 0 && (
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Unit costs">
          <table class="calc-finance">
            <caption>Likely, first month, USD: {table.columns.map((c) => c.divides).join('; ')}</caption>
            <thead>
              <tr><th scope="col">Option</th>{table.columns.map((c) => <th scope="col">{c.label}</th>)}</tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr><th scope="row">{frameworkLabel(row.estimate)}</th>{row.values.map((v) => <td>{unitText(v)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {table.missing.map((sentence) => <p class="calc-hint">{sentence}</p>)}
    </>
  );
}

export function CashFlow({ estimates, detail, years }: { estimates: FrameworkEstimate[]; detail: FrameworkEstimate; years: number }) {
  const heads = Array.from({ length: years }, (_, y) => <th scope="col">Year {y + 1}</th>);
  const flow = cashFlow(detail);
  return (
    <>
      <h3 id="cash-flow">Cash flow by year</h3>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Cash flow by year">
        <table class="calc-finance calc-cash-flow">
          <caption>Likely, USD: one-time costs in year 1, the run rate grown by your salary growth and price change, the cost of leaving in the last year</caption>
          <thead><tr><th scope="col">Option</th>{heads}<th scope="col">Total</th></tr></thead>
          <tbody>
            {estimates.map((e) => (
              <tr><th scope="row">{frameworkLabel(e)}</th>{cashFlow(e).map((y) => <td>{usd(y.total.likely)}</td>)}<td>{usd(e.total.likely)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Cash flow of one option by kind">
        <table class="calc-finance">
          <caption>{frameworkLabel(detail)} by kind, likely, USD</caption>
          <thead><tr><th scope="col">Kind</th>{heads}</tr></thead>
          <tbody>
            {CASH_FLOW_PARTS.map(({ part, label }) => <tr><th scope="row">{label}</th>{flow.map((y) => <td>{usd(y[part].likely)}</td>)}</tr>)}
          </tbody>
        </table>
      </div>
    </>
  );
}
