/**
 * Prints the calculator's answer for one URL query, for reviewers who enter held-out cases:
 *
 *   COST_CASE='?cloud=aws&team=4&…' npx vitest run --project unit tests/unit/cost-case-report.test.ts
 *
 * (optionally COST_FRAMEWORK=sagemaker to print that option's line items too). Without COST_CASE it
 * checks the SageMaker team of cost-hand-cases.test.ts against its hand-computed figures.
 * Each row: option, hosting, monthly run rate (likely, first month), one-time, horizon total
 * (likely, low–high), and whether a quoted main fee is missing (incomplete).
 */
import { describe, expect, it } from 'vitest';
import { calculatorResult } from '~/lib/cost/result';
import { estimateFrameworks } from '~/lib/cost/model';
import { inputsFromQuery } from '~/lib/cost/url';
import { loadCostData } from '../support/cost-data';

const data = loadCostData();
const given = process.env.COST_CASE;
const query =
  given ??
  '?cloud=aws&team=4&platform=0.5&ep=2&pipes=1&runs=4&cpu=0&gpu=20&gputype=a10g&serve=cpu&rep=1&sh=730&nbh=0&tb=0.5&growth=0&egress=0&logs=0&nat=0&natgb=0&risk=0&mon=no&opsh=sagemaker:20';

describe('one case, as the calculator answers it', () => {
  it(given ? 'prints the case' : 'the SageMaker team matches its hand figures', () => {
    const { inputs, ignored } = inputsFromQuery(query);
    const compared = calculatorResult(data, inputs).estimates;
    const all = estimateFrameworks(data, inputs);
    const rows = all.map((e) => ({
      option: e.id,
      hosting: e.hosting,
      shown: compared.some((c) => c.id === e.id) ? 'compared' : 'move (hidden unless move=yes)',
      monthly: Math.round(e.monthly.likely * 100) / 100,
      oneTime: Math.round(e.oneTime.likely * 100) / 100,
      total: Math.round(e.total.likely * 100) / 100,
      low: Math.round(e.total.low),
      high: Math.round(e.total.high),
      incomplete: e.incomplete,
      peopleShare: `${Math.round(e.peopleShare * 100)}%`,
    }));
    if (given) {
      console.log(`query: ${query}\nyears: ${inputs.horizonYears}${ignored.length ? `\nIGNORED: ${ignored.join('; ')}` : ''}`);
      console.table(rows);
      const pick = all.find((e) => e.id === process.env.COST_FRAMEWORK);
      if (pick)
        console.table(
          pick.lines.map((l) => ({
            line: l.id,
            status: l.status,
            monthlyOrOnce: Math.round(l.amount.likely * 100) / 100,
            horizon: Math.round(l.horizon.likely * 100) / 100,
            formula: l.formula.slice(0, 110),
          })),
        );
      for (const e of all) expect(Number.isFinite(e.total.likely)).toBe(true);
      return;
    }
    expect(ignored).toEqual([]);
    const sagemaker = rows.find((r) => r.option === 'sagemaker')!;
    expect(sagemaker.monthly).toBeCloseTo(2664.08, 2); // see cost-hand-cases.test.ts
    expect(sagemaker.total).toBeCloseTo(118417.85, 2);
  });
});
