/**
 * Hand-computed cases for the fixes from the fresh FinOps check (issue 20, 7 December 2026): W&B
 * seats priced, on-premises hardware bought up front, Vertex AI's fee on every compute line, and the
 * SageMaker ml.p4d rate. Every expected value was worked out by hand from content/data/prices.yaml
 * BEFORE the model ran; the arithmetic is in the comment beside it.
 *
 * Unit prices used (USD): W&B Pro 50 a seat a month (unverified); Compute Engine n1-standard-4
 * 0.18995/h, g2-standard-4 (L4) 0.70683/GPU-h; Vertex AI fee 15 % of the Compute Engine price, not
 * reduced by commitments; SageMaker ml.p4d.24xlarge 37.688/h ÷ 8 = 4.711/GPU-h.
 */
import { describe, expect, it } from 'vitest';
import { inputsFromQuery } from '~/lib/cost/url';
import { estimateFrameworks } from '~/lib/cost/model';
import { checkNumber, NUMBER_SPECS } from '~/lib/cost/inputs';
import { loadCostData } from '../support/cost-data';

const data = loadCostData();

/** A small team with no usage beyond what each case sets, so every line below is isolated. */
const BASE = 'team=8&platform=1&ep=0&pipes=0&runs=0&cpu=0&gpu=0&rep=1&sh=730&nbh=0&tb=0&growth=0&egress=0&logs=0&nat=0&natgb=0&risk=0&mon=no';

function estimate(extra: string, framework: string) {
  const params = new URLSearchParams(BASE);
  for (const [k, v] of new URLSearchParams(extra)) params.set(k, v);
  const { inputs, ignored } = inputsFromQuery(params.toString());
  expect(ignored).toEqual([]);
  const e = estimateFrameworks(data, inputs).find((x) => x.id === framework)!;
  const line = (id: string) => e.lines.find((l) => l.id === id);
  return { e, line };
}

describe('W&B seats are priced (SaaS)', () => {
  it('8 users × 50 USD = 400 a month, in the total, the option complete', () => {
    const { e, line } = estimate('cloud=aws&host=saas', 'wandb');
    const seats = line('fee-wandb-pro-seat')!;
    expect(seats.status).toBe('priced');
    expect(seats.amount.likely).toBe(400); // 8 × 50
    expect(seats.horizon.likely).toBe(14_400); // 36 months × 400
    expect(seats.price?.standing).toBe('unverified');
    expect(e.incomplete).toBe(false);
  });

  it('a W&B quote replaces the seats, and only for W&B', () => {
    const { line } = estimate('cloud=aws&host=saas&quote=wandb:600', 'wandb');
    expect(line('fee-wandb-pro-seat')!.amount.likely).toBe(600);
    expect(estimate('cloud=aws&host=saas&quote=wandb:600', 'clearml').line('fee-clearml-pro-quote')!.status).toBe('quote');
  });

  it('no users, no seats: 0 users × 50 = 0, shown as depending on usage', () => {
    const { line } = estimate('cloud=aws&host=saas&team=0', 'wandb');
    expect(line('fee-wandb-pro-seat')!.status).toBe('usage');
    expect(line('fee-wandb-pro-seat')!.amount.likely).toBe(0);
  });

  it('self-managed W&B keeps its licence as a quote (no list price)', () => {
    const { line, e } = estimate('cloud=aws&host=self-hosted', 'wandb');
    expect(line('fee-wandb-self-managed-licence')!.status).toBe('quote');
    expect(e.incomplete).toBe(true);
  });
});

describe('on-premises hardware bought up front', () => {
  // Kubeflow in your own data centre: 4 GPUs and a server bought for 56,000; running costs 0.30 a GPU-hour and 0.05 a CPU node-hour.
  const q = 'cloud=onprem&opcpu=0.05&opgpu=0.3&gpu=100&cpu=200&ophw=56000';

  it('is one line of 56,000, one-time, in year 1 only', () => {
    const { line } = estimate(q, 'kubeflow');
    const hw = line('onprem-hardware')!;
    expect(hw.timing).toBe('one-time');
    expect(hw.status).toBe('priced');
    expect(hw.amount.likely).toBe(56_000);
    expect(hw.amount.low).toBe(56_000);
    expect(hw.amount.high).toBe(56_000);
    expect(hw.years.map((y) => y.likely)).toEqual([56_000, 0, 0]);
  });

  it('moves the total by exactly 56,000 and leaves the run rate alone', () => {
    const withHw = estimate(q, 'kubeflow').e;
    const without = estimate(q.replace('&ophw=56000', ''), 'kubeflow').e;
    expect(withHw.monthly.likely).toBeCloseTo(without.monthly.likely, 9);
    expect(withHw.oneTime.likely - without.oneTime.likely).toBeCloseTo(56_000, 6);
    expect(withHw.total.likely - without.total.likely).toBeCloseTo(56_000, 6);
  });

  it('the hourly rates then count as running costs only, and the formulas say so', () => {
    const { line } = estimate(q, 'kubeflow');
    expect(line('training-gpu')!.amount.likely).toBeCloseTo(30, 9); // 100 GPU-h × 0.30
    expect(line('training-cpu')!.amount.likely).toBeCloseTo(10, 9); // 200 h × 0.05
    expect(line('training-gpu')!.formula).toContain('running cost');
    expect(line('onprem-hardware')!.formula).toContain('not in the hourly rates');
  });

  it('no hardware line when the field is blank or 0, or outside a data centre', () => {
    expect(estimate(q.replace('&ophw=56000', ''), 'kubeflow').line('onprem-hardware')).toBeUndefined();
    expect(estimate(q.replace('ophw=56000', 'ophw=0'), 'kubeflow').line('onprem-hardware')).toBeUndefined();
    expect(estimate('cloud=aws&ophw=56000', 'kubeflow').line('onprem-hardware')).toBeUndefined();
    // A platform bound to a cloud is priced there: the data-centre hardware is not its cost.
    expect(estimate(q, 'sagemaker').line('onprem-hardware')).toBeUndefined();
  });

  it('a bad value gets a clear message, never a NaN', () => {
    const spec = NUMBER_SPECS.find((s) => s.name === 'onpremHardwareUsd')!;
    expect(checkNumber(spec, '-5')).toEqual({ ok: false, message: 'Enter a number that is not negative.' });
    expect(checkNumber(spec, 'abc')).toMatchObject({ ok: false });
    expect(checkNumber(spec, '2000000000')).toEqual({ ok: false, message: 'Enter at most 1,000,000,000 (USD, once).' });
    expect(checkNumber(spec, '')).toEqual({ ok: true, value: null });
    expect(checkNumber(spec, '56,000')).toEqual({ ok: true, value: 56_000 });
    const { inputs, ignored } = inputsFromQuery('cloud=onprem&ophw=NaN');
    expect(inputs.onpremHardwareUsd).toBeNull();
    expect(ignored.length).toBe(1);
  });
});

describe("Vertex AI's 15 % fee on every compute line", () => {
  it('CPU training: 200 h × (0.18995 + 0.0284925) = 43.6885', () => {
    expect(estimate('cloud=gcp&cpu=200', 'vertex-ai').line('training-cpu')!.amount.likely).toBeCloseTo(43.6885, 6);
  });

  it('GPU training on L4: 100 GPU-h × (0.70683 + 0.1060245) = 81.28545', () => {
    expect(estimate('cloud=gcp&gpu=100&gputype=l4', 'vertex-ai').line('training-gpu')!.amount.likely).toBeCloseTo(81.28545, 6);
  });

  it('GPU serving on L4: 2 models × 1 replica × 730 h × 0.8128545 = 1,186.76757', () => {
    expect(estimate('cloud=gcp&ep=2&serve=l4', 'vertex-ai').line('serving')!.amount.likely).toBeCloseTo(1186.76757, 5);
  });

  it('CPU serving: 2 × 730 h × 0.2184425 = 318.92605', () => {
    expect(estimate('cloud=gcp&ep=2&serve=cpu', 'vertex-ai').line('serving')!.amount.likely).toBeCloseTo(318.92605, 5);
  });

  it('a 1-year commitment (28 %) reduces the machine, not the fee: 100 × (0.70683 × 0.72 + 0.1060245) = 61.49421', () => {
    expect(estimate('cloud=gcp&gpu=100&gputype=l4&term=1y', 'vertex-ai').line('training-gpu')!.amount.likely).toBeCloseTo(61.49421, 5);
  });
});

describe('SageMaker ml.p4d.24xlarge', () => {
  it('37.688 an instance-hour ÷ 8 = 4.711 a GPU-hour: 100 GPU-h = 471.10', () => {
    const { line } = estimate('cloud=aws&gpu=100&gputype=a100-40', 'sagemaker');
    expect(line('training-gpu')!.amount.likely).toBeCloseTo(471.1, 6);
    expect(line('training-gpu')!.price?.usd).toBe(4.711);
  });
});

describe('notebook size', () => {
  // 5 data scientists × 60 h ÷ (1 − 30 % idle) = 428.5714286 running hours.
  const q = 'cloud=aws&team=5&nbh=60&nbidle=30';

  it('the default stays the 4-vCPU node: 428.5714286 h × 0.192 = 82.2857143', () => {
    expect(estimate(q, 'mlflow').line('notebooks')!.amount.likely).toBeCloseTo(82.2857143, 6);
  });

  it('a 2-vCPU notebook is half the node: 428.5714286 h × 0.192 × 2 ÷ 4 = 41.1428571', () => {
    const notebooks = estimate(`${q}&nbvcpu=2`, 'mlflow').line('notebooks')!;
    expect(notebooks.amount.likely).toBeCloseTo(41.1428571, 6);
    expect(notebooks.formula).toContain('2 vCPU ÷ 4');
  });

  it('SageMaker scales its ml.m5.xlarge notebook the same way: 428.5714286 × 0.23 × 8 ÷ 4 = 197.1428571', () => {
    expect(estimate(`${q}&nbvcpu=8`, 'sagemaker').line('notebooks')!.amount.likely).toBeCloseTo(197.1428571, 6);
  });

  it('an out-of-range or fractional size gets a clear message', () => {
    const spec = NUMBER_SPECS.find((s) => s.name === 'notebookVcpus')!;
    expect(checkNumber(spec, '0')).toEqual({ ok: false, message: 'Enter at least 1.' });
    expect(checkNumber(spec, '2.5')).toEqual({ ok: false, message: 'Enter a whole number.' });
    expect(checkNumber(spec, '500')).toMatchObject({ ok: false });
  });
});
