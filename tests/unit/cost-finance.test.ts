/**
 * The finance view (issue 20): cash flow year by year and unit costs, for the hand-worked SageMaker
 * team of cost-hand-cases.test.ts (4 data scientists, half a platform engineer, 1 pipeline × 4
 * runs a month of 5 A10G GPU-hours, two CPU endpoints, 0.5 TB, 20 operations hours a month set by
 * the reader). Every expected value was worked out by hand, from prices.yaml and the US preset,
 * BEFORE the code ran; the arithmetic is beside it.
 *
 * A month of that team, likely (cost-hand-cases.test.ts):
 *   infrastructure: training 20 GPU-h × 1.408 = 28.16; serving 2 × 730 h × 0.269 = 392.74;
 *                   storage 0.5 × 1,024 × 0.023 = 11.776; together 432.676 a month, 5,192.112 a year
 *   people:         operations 20 h × 111.5703261 = 2,231.406522 a month, 26,776.878264 a year
 *   one-time:       setup 12,830.5875 + learning 9,680.294348 = 22,510.881848
 */
import { describe, expect, it } from 'vitest';
import { cashFlow, unitCostTable } from '../../src/lib/cost/finance';
import { toCsv } from '../../src/lib/cost/export';
import { comparedEstimates } from '../../src/lib/cost/model';
import { inputsFromQuery } from '../../src/lib/cost/url';
import { loadCostData } from '../support/cost-data';
import { parseCsv } from '../support/csv';

const data = loadCostData();
const TEAM =
  'cloud=aws&team=4&platform=0.5&ep=2&pipes=1&runs=4&cpu=0&gpu=20&gputype=a10g&serve=cpu&rep=1&sh=730&nbh=0&tb=0.5&growth=0&egress=0&logs=0&nat=0&natgb=0&risk=0&mon=no&opsh=sagemaker:20';

/** The team's query with some keys set or replaced ("a=1&b=2"). */
function sagemaker(extra = '') {
  const params = new URLSearchParams(TEAM);
  for (const [k, v] of new URLSearchParams(extra)) params.set(k, v);
  const { inputs, ignored } = inputsFromQuery(params.toString());
  expect(ignored).toEqual([]);
  return { inputs, estimate: comparedEstimates(data, inputs).find((e) => e.id === 'sagemaker')! };
}

describe('cash flow by year', () => {
  it('flat prices and salaries: one-time in year 1, the same run rate every year', () => {
    const flow = cashFlow(sagemaker().estimate);
    expect(flow.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(flow[0]!.oneTime.likely).toBeCloseTo(22510.881848, 4);
    expect(flow[1]!.oneTime.likely).toBe(0);
    for (const y of flow) {
      expect(y.infrastructure.likely).toBeCloseTo(5192.112, 4); // 12 × 432.676
      expect(y.people.likely).toBeCloseTo(26776.878264, 4); // 12 × 2,231.406522
      expect(y.exit.likely).toBe(0); // risk=0
    }
    expect(flow[0]!.total.likely).toBeCloseTo(54479.872112, 3); // 22,510.881848 + 5,192.112 + 26,776.878264
    expect(flow[2]!.total.likely).toBeCloseTo(31968.990264, 3); // 5,192.112 + 26,776.878264
  });

  it('salary growth 5 % and price change 10 %: people grow by 1.05 a year, the rest by 1.10', () => {
    const { estimate } = sagemaker('&salg=5&pchg=10');
    const flow = cashFlow(estimate);
    // year 2: 5,192.112 × 1.10 = 5,711.3232; 26,776.878264 × 1.05 = 28,115.7221772
    expect(flow[1]!.infrastructure.likely).toBeCloseTo(5711.3232, 4);
    expect(flow[1]!.people.likely).toBeCloseTo(28115.722177, 4);
    expect(flow[1]!.total.likely).toBeCloseTo(33827.045377, 3);
    // year 3: 5,192.112 × 1.21 = 6,282.45552; 26,776.878264 × 1.1025 = 29,521.508286
    expect(flow[2]!.infrastructure.likely).toBeCloseTo(6282.45552, 4);
    expect(flow[2]!.people.likely).toBeCloseTo(29521.508286, 3);
    expect(flow[2]!.total.likely).toBeCloseTo(35803.963806, 3);
    // 54,479.872112 + 33,827.045377 + 35,803.963806 = 124,110.881295: the years add up to the horizon total
    expect(flow.reduce((n, y) => n + y.total.likely, 0)).toBeCloseTo(124110.881295, 2);
    expect(flow.reduce((n, y) => n + y.total.likely, 0)).toBeCloseTo(estimate.total.likely, 6);
  });

  it('the expected cost of leaving falls in the last year only', () => {
    const flow = cashFlow(sagemaker('&risk=50').estimate);
    expect(flow[0]!.exit.likely).toBe(0);
    expect(flow[1]!.exit.likely).toBe(0);
    expect(flow[2]!.exit.likely).toBeGreaterThan(0);
  });
});

describe('unit costs', () => {
  it('with a prediction volume: all three, from the first month', () => {
    const { inputs, estimate } = sagemaker('&pred=1000');
    const table = unitCostTable([estimate], inputs);
    expect(table.columns.map((c) => c.key)).toEqual(['perModelMonth', 'perTrainingRun', 'perThousandPredictions']);
    expect(table.missing).toEqual([]);
    const [perModel, perRun, perThousand] = table.rows[0]!.values;
    expect(perModel).toBeCloseTo(1332.041261, 4); // (432.676 + 2,231.406522) ÷ 2 models
    expect(perRun).toBeCloseTo(7.04, 6); // 28.16 ÷ (1 pipeline × 4 runs)
    expect(perThousand).toBeCloseTo(0.39274, 6); // 392.74 ÷ 1,000 thousand predictions
  });

  it('says in words which unit has no meaning: no volume, no runs, no models', () => {
    const none = sagemaker('&ep=0&pipes=0');
    const table = unitCostTable([none.estimate], none.inputs);
    expect(table.columns).toEqual([]);
    expect(table.missing).toEqual([
      'Per model in production, a month: not shown, since no models are in production.',
      'Per training run: not shown, since no pipeline runs a month.',
      'Per 1,000 predictions: not shown, since no prediction volume is entered (Serving: predictions served).',
    ]);
  });
});

describe('the CSV carries the same cash flow and unit costs, as numbers', () => {
  it('year rows by kind with low / likely / high totals, and unit costs or the words for none', () => {
    const { inputs, estimate } = sagemaker('&salg=5&pchg=10');
    const rows = parseCsv(toCsv([estimate], inputs));
    const label = `${data.titles.sagemaker} (managed by the cloud)`;
    const year2 = rows.find((r) => r[0] === label && r[1] === '2')!;
    // one-time 0, infrastructure 5,711.32, people 28,115.72, exit 0, likely total 33,827.05
    expect(year2.slice(2, 6)).toEqual(['0', '5711.32', '28115.72', '0']);
    expect(year2[7]).toBe('33827.05');
    // unit costs to four decimals: 2,664.082522 ÷ 2 models = 1,332.0413; 28.16 ÷ 4 runs = 7.04
    const units = rows[rows.findIndex((r) => r[0] === 'Unit costs, likely first month') + 1]!;
    expect(units).toEqual([label, '1332.0413', '7.04', 'not applicable: no prediction volume is entered (Serving: predictions served)']);
  });
});
