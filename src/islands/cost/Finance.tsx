/**
 * The finance view: unit costs of every option, and the cash flow year by year (every option's
 * yearly totals, then the chosen option's years split by kind). Figures come from
 * src/lib/cost/finance, which the CSV uses too, so the download holds the same numbers.
 */
import { CASH_FLOW_PARTS, cashFlow, unitCostTable } from '~/lib/cost/finance';
import type { CostInputs } from '~/lib/cost/inputs';
import { frameworkLabel } from '~/lib/cost/present';
import type { FrameworkEstimate } from '~/lib/cost/types';
import { usd } from '~/lib/format';
import { RowTable } from './RowTable';

/** Unit costs: whole dollars from $100, cents from $1, and four decimals below (a prediction costs fractions of a cent). */
export const unitText = (value: number) => (value >= 100 ? usd(value) : value >= 1 ? usd(Math.round(value * 100) / 100, { cents: true }) : usd(value, { cents: true }));

export function UnitCosts({ estimates, inputs }: { estimates: FrameworkEstimate[]; inputs: CostInputs }) {
  const table = unitCostTable(estimates, inputs);
  return (
    <>
      <h3 id="unit-costs">Unit costs</h3>
      {table.columns.length > 0 && (
        <RowTable
          label="Unit costs"
          class="calc-finance"
          caption={`Likely, first month, USD: ${table.columns.map((c) => c.divides).join('; ')}`}
          corner="Option"
          columns={table.columns.map((c) => c.label)}
          rows={table.rows.map((row) => ({ head: frameworkLabel(row.estimate), cells: row.values.map(unitText) }))}
        />
      )}
      {table.missing.map((sentence) => (
        <p class="calc-hint">{sentence}</p>
      ))}
    </>
  );
}

export function CashFlow({ estimates, detail, years }: { estimates: FrameworkEstimate[]; detail: FrameworkEstimate; years: number }) {
  const yearColumns = Array.from({ length: years }, (_, y) => `Year ${y + 1}`);
  const flow = cashFlow(detail);
  return (
    <>
      <h3 id="cash-flow">Cash flow by year</h3>
      <RowTable
        label="Cash flow by year"
        class="calc-finance calc-cash-flow"
        caption="Likely, USD: one-time costs in year 1, the run rate grown by your salary growth and price change, the cost of leaving in the last year"
        corner="Option"
        columns={[...yearColumns, 'Total']}
        rows={estimates.map((e) => ({ head: frameworkLabel(e), cells: [...cashFlow(e).map((y) => usd(y.total.likely)), usd(e.total.likely)] }))}
      />
      <RowTable
        label="Cash flow of one option by kind"
        class="calc-finance"
        caption={`${frameworkLabel(detail)} by kind, likely, USD`}
        corner="Kind"
        columns={yearColumns}
        rows={CASH_FLOW_PARTS.map(({ part, label }) => ({ head: label, cells: flow.map((y) => usd(y[part].likely)) }))}
      />
    </>
  );
}
