/**
 * The finance tables on the page hold the same figures as the CSV download: every option's yearly
 * totals and unit costs, cell by cell, with salary growth and price change applied, and the words
 * that replace a unit cost without meaning. (The hand-computed values themselves are checked in
 * tests/unit/cost-finance.test.ts.)
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CashFlow, UnitCosts } from '../../src/islands/cost/Finance';
import { toCsv } from '../../src/lib/cost/export';
import { frameworkLabel } from '../../src/lib/cost/present';
import { calculatorResult } from '../../src/lib/cost/result';
import { inputsFromQuery } from '../../src/lib/cost/url';
import { loadCostData } from '../support/cost-data';
import { parseCsv } from '../support/csv';

const data = loadCostData();
afterEach(cleanup);

/** A shown amount as a number ("$1,234" → 1234, "$0.0011" → 0.0011). */
const amount = (text: string) => Number(text.replace(/[$,]/g, ''));
/** Screen and CSV agree: the screen's figure is the CSV's, rounded to the digits the screen shows. */
function agree(shown: string, csv: string) {
  const digits = shown.split('.')[1]?.length ?? 0;
  expect(Math.abs(amount(shown) - Number(csv)), `${shown} against ${csv}`).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);
}

/** The body rows of a table: the row header, then each cell's text. */
function bodyRows(name: RegExp): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('the finance tables match the CSV', () => {
  const { inputs } = inputsFromQuery('years=4&salg=4&pchg=3&pred=250000&risk=30');
  const { estimates } = calculatorResult(data, inputs);
  const csv = parseCsv(toCsv(estimates, inputs));

  it('cash flow: each option’s yearly likely totals and horizon total', () => {
    render(<CashFlow estimates={estimates} detail={estimates[0]!} years={4} />);
    const shown = bodyRows(/^Likely, USD: one-time costs in year 1/);
    expect(shown).toHaveLength(estimates.length);
    const start = csv.findIndex((r) => r[0] === 'Cash flow');
    const years = csv.slice(start + 1, start + 1 + 4 * estimates.length);
    estimates.forEach((e, i) => {
      const own = years.filter((r) => r[0] === frameworkLabel(e));
      expect(own.map((r) => r[1])).toEqual(['1', '2', '3', '4']);
      expect(shown[i]![0]).toBe(frameworkLabel(e));
      own.forEach((r, y) => agree(shown[i]![1 + y]!, r[7]!));
      // The total column: the CSV's four years add up to it (each rounded to the cent).
      expect(Math.abs(amount(shown[i]![5]!) - own.reduce((n, r) => n + Number(r[7]), 0))).toBeLessThanOrEqual(0.52);
    });
    // The chosen option by kind: the CSV's columns 2–5 for its years.
    const kinds = bodyRows(/by kind, likely, USD$/);
    const own = years.filter((r) => r[0] === frameworkLabel(estimates[0]!));
    [2, 3, 4, 5].forEach((column, k) => own.forEach((r, y) => agree(kinds[k]![1 + y]!, r[column]!)));
  });

  it('unit costs: the same numbers per option', () => {
    render(<UnitCosts estimates={estimates} inputs={inputs} />);
    const shown = bodyRows(/^Likely, first month, USD/);
    const start = csv.findIndex((r) => r[0] === 'Unit costs, likely first month');
    const fromCsv = csv.slice(start + 1, start + 1 + estimates.length);
    expect(shown.map((r) => r[0])).toEqual(fromCsv.map((r) => r[0]));
    expect(shown.map((r) => r.length)).toEqual(fromCsv.map(() => 4));
    shown.forEach((row, i) => row.slice(1).forEach((cell, k) => agree(cell, fromCsv[i]![1 + k]!)));
  });

  it('a unit cost without meaning is said in words on the page and in the CSV', () => {
    const none = inputsFromQuery('ep=0').inputs;
    const result = calculatorResult(data, none);
    render(<UnitCosts estimates={result.estimates} inputs={none} />);
    expect(screen.getByText('Per model in production, a month: not shown, since no models are in production.')).toBeTruthy();
    expect(screen.getByText(/^Per 1,000 predictions: not shown/)).toBeTruthy();
    const rows = parseCsv(toCsv(result.estimates, none));
    const first = rows[rows.findIndex((r) => r[0] === 'Unit costs, likely first month') + 1]!;
    expect(first[1]).toBe('not applicable: no models are in production');
    expect(first[3]).toBe('not applicable: no prediction volume is entered (Serving: predictions served)');
  });
});
