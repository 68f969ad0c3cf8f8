/**
 * Hand-computed cost cases for the calculator's v3 mechanisms (issue 20): serving sizes, fractional
 * replicas, utilisation by endpoint kind, per-vendor quotes, operations overrides, fractional
 * platform engineers, cash flow with salary growth and price change, unit costs, moves to another
 * cloud and incomplete totals. Every expected value below was worked out from the unit prices in
 * content/data/prices.yaml and the US people preset BEFORE the model ran; the arithmetic is in the
 * comment beside it.
 *
 * Unit prices used (USD): SageMaker ml.m5.xlarge 0.23/h training, 0.269/h real-time hosting (4 vCPU), ml.g5.xlarge 1.408/GPU-h;
 * EC2 m5.xlarge 0.192/h, g6.xlarge (L4) 0.8048/h; S3 0.023/GB-month; self-hosted tracking 40/month.
 * People (US preset): platform engineer 144,570 × 1.42 = 205,289.40 a year → 111.5703261 an hour
 * (÷ 1,840) and 4,276.8625 a week (÷ 48); data scientist 159,877.80 → 86.8901087 an hour.
 */
import { describe, expect, it } from 'vitest';
import { inputsFromQuery, queryFromInputs } from '../../src/lib/cost/url';
import { comparedEstimates, estimateFrameworks, unitCosts } from '../../src/lib/cost/model';
import { verdictOf } from '../../src/lib/cost/verdict';
import { calculatorResult } from '../../src/lib/cost/result';
import { loadCostData } from '../support/cost-data';

const data = loadCostData();
const PE_HOUR = 205_289.4 / 1840; // 111.5703261

/** A SageMaker team: 4 data scientists, half a platform engineer, weekly A10G training (1 pipeline × 4 runs × 5 GPU-h), two CPU endpoints. */
const TEAM =
  'cloud=aws&team=4&platform=0.5&ep=2&pipes=1&runs=4&cpu=0&gpu=20&gputype=a10g&serve=cpu&rep=1&sh=730&nbh=0&tb=0.5&growth=0&egress=0&logs=0&nat=0&natgb=0&risk=0&mon=no';

/** The team's query with some keys set or replaced ("a=1&b=2"). */
function team(extra = ''): string {
  const params = new URLSearchParams(TEAM);
  for (const [k, v] of new URLSearchParams(extra)) params.set(k, v);
  return params.toString();
}

function estimate(query: string, framework: string) {
  const { inputs, ignored } = inputsFromQuery(query);
  expect(ignored).toEqual([]);
  const e = estimateFrameworks(data, inputs).find((x) => x.id === framework)!;
  const line = (id: string) => e.lines.find((l) => l.id === id)!;
  return { e, inputs, line };
}

describe('a SageMaker team with weekly A10G training and two CPU endpoints (3 years)', () => {
  const { e, inputs, line } = estimate(team('opsh=sagemaker:20'), 'sagemaker');

  it('prices each line from the public price', () => {
    expect(line('training-gpu').amount.likely).toBeCloseTo(28.16, 6); // 20 GPU-h × 1.408
    expect(line('serving').amount.likely).toBeCloseTo(392.74, 6); // 2 endpoints × 1 replica × 730 h × 0.269 (hosting rate)
    expect(line('storage').amount.likely).toBeCloseTo(11.776, 6); // 0.5 TB × 1,024 × 0.023
    expect(line('operations').amount.likely).toBeCloseTo(2231.406522, 4); // 20 h (the reader's) × 111.5703261
  });

  it('shows the run rate and the one-time costs apart, and the 3-year total', () => {
    // 28.16 + 392.74 + 11.776 + 2,231.406522
    expect(e.monthly.likely).toBeCloseTo(2664.082522, 4);
    // setup 3 weeks × 4,276.8625 = 12,830.5875; learning 4 × 24 h × 86.8901087 + 0.5 × 24 h × 111.5703261 = 9,680.294348
    expect(e.oneTime.likely).toBeCloseTo(22510.881848, 3);
    // 36 × 2,607.142522 + 22,510.881848
    expect(e.total.likely).toBeCloseTo(118417.8526, 2); // 36 × 2,664.082522 + 22,510.881848
  });

  it('gives unit costs finance can use', () => {
    const u = unitCosts(e, { ...inputs, predictionsThousands: 1000 });
    expect(u.perModelMonth).toBeCloseTo(1332.041261, 4); // 2,664.082522 ÷ 2 models
    expect(u.perTrainingRun).toBeCloseTo(7.04, 6); // 28.16 training a month ÷ (1 pipeline × 4 runs)
    expect(u.perThousandPredictions).toBeCloseTo(0.39274, 6); // 392.74 serving ÷ 1,000 thousand predictions
  });

  it('grows people costs and prices year by year when asked', () => {
    const grown = estimate(team('opsh=sagemaker:20&salg=5&pchg=10'), 'sagemaker').e;
    // infra 432.676 a month (28.16 + 392.74 + 11.776), people 2,231.406522 a month
    // year 1: 12 × 2,664.082522 + 22,510.881848 = 54,479.872112
    // year 2: 12 × (432.676 × 1.10 + 2,231.406522 × 1.05) = 33,827.045378
    // year 3: 12 × (432.676 × 1.21 + 2,231.406522 × 1.1025) = 35,803.963800; total 124,110.8813
    expect(grown.cumulative[1]!.likely).toBeCloseTo(54479.872112, 2);
    expect(grown.cumulative[2]!.likely - grown.cumulative[1]!.likely).toBeCloseTo(33827.045378, 2);
    expect(grown.total.likely).toBeCloseTo(124110.8813, 1);
  });
});

describe('serving: instance size, fractional replicas, utilisation by endpoint kind', () => {
  it('a bigger CPU replica and 1.5 replicas on average', () => {
    // 2 endpoints × 1.5 replicas × 730 h × (0.23 × 8 vCPU ÷ 4 = 0.46)
    expect(estimate(team('rep=1.5&svcpu=8'), 'sagemaker').line('serving').amount.likely).toBeCloseTo(1178.22, 6); // 1.5 × 730 h × 8/4 × 0.269 hosting
  });

  it('a GPU endpoint on a self-run cluster is a whole node: no utilisation divisor by default', () => {
    // 1 endpoint × 1 replica × 730 h × 0.8048 (g6.xlarge, L4) ÷ 1.0
    expect(estimate(team('ep=1&serve=l4'), 'kubeflow').line('serving').amount.likely).toBeCloseTo(587.504, 6);
    // four GPUs a replica: × 4
    expect(estimate(team('ep=1&serve=l4&sgpu=4'), 'kubeflow').line('serving').amount.likely).toBeCloseTo(2350.016, 6);
  });

  it('utilisation never changes the replicas billed; it only says how many the load needs', () => {
    // 2 models × 1 replica × 730 h × 0.192 = 280.32, whatever the utilisation (default 70% or util=50)
    expect(estimate(TEAM, 'kubeflow').line('serving').amount.likely).toBeCloseTo(280.32, 6);
    expect(estimate(team('util=50'), 'kubeflow').line('serving').amount.likely).toBeCloseTo(280.32, 6);
    // A GPU endpoint with 2 replicas at 10 %: 1 model × 2 replicas × 730 h × 0.8048 (L4) = 1,175.008, not × 10.
    // At 10 %, ceil(2 × 0.1) = 1 replica could serve the load.
    const low = estimate(team('ep=1&rep=2&serve=l4&util=10'), 'kubeflow').line('serving');
    expect(low.amount.likely).toBeCloseTo(1175.008, 6);
    expect(low.formula).toContain('at 10% utilisation, 1 replica per model could serve this load');
    // 10 replicas at 35 %: ceil(3.5) = 4 replicas
    expect(estimate(team('ep=1&rep=10&serve=l4&util=35'), 'kubeflow').line('serving').formula).toContain('4 replicas per model');
  });

  it('scale to zero only where the platform supports it', () => {
    // KServe scales to zero: 2 × (730 × 0.5) × 0.192 = 140.16
    expect(estimate(team('idle=50'), 'kubeflow').line('serving').amount.likely).toBeCloseTo(140.16, 6);
    // MLflow's server does not: 2 × 730 × 0.192, idle hours billed
    expect(estimate(team('idle=50'), 'mlflow').line('serving').amount.likely).toBeCloseTo(280.32, 6);
  });
});

describe('managed prices: SageMaker hosting rate and the GKE free tier', () => {
  it('SageMaker real-time hosting uses the hosting rate; training keeps the training rate', () => {
    // serving: 1 endpoint × 1 replica × 730 h × 0.269 = 196.37; CPU training: 100 h × 0.23 = 23
    const { line } = estimate(team('ep=1&cpu=100'), 'sagemaker');
    expect(line('serving').amount.likely).toBeCloseTo(196.37, 6);
    expect(line('training-cpu').amount.likely).toBeCloseTo(23, 6);
  });

  it('GKE: the free-tier credit covers the first cluster’s fee, not the second', () => {
    // 1 cluster: 0.10 × 730 = 73 ≤ 74.40 credit → 0; 2 clusters: 146 − 73 = 73
    expect(estimate(team('cloud=gcp&k8s=no&clusters=1'), 'kubeflow').line('kubernetes-control-plane').amount.likely).toBeCloseTo(0, 6);
    const two = estimate(team('cloud=gcp&k8s=no&clusters=2'), 'kubeflow').line('kubernetes-control-plane');
    expect(two.amount.likely).toBeCloseTo(73, 6);
    expect(two.formula).toContain('free-tier credit');
    // EKS has no such credit: 1 × 0.10 × 730 = 73
    expect(estimate(team('k8s=no&clusters=1'), 'kubeflow').line('kubernetes-control-plane').amount.likely).toBeCloseTo(73, 6);
  });
});

describe('people: overrides and fractional engineers', () => {
  it('operations hours as an FTE share', () => {
    // 0.5 FTE × 1,840 h ÷ 12 = 76.6667 h × 111.5703261 = 8,553.725 (= 0.5 × 205,289.40 ÷ 12)
    expect(estimate(team('opsh=kubeflow:0.5fte'), 'kubeflow').line('operations').amount.likely).toBeCloseTo(8553.725, 3);
  });

  it('half a platform engineer is 76.67 hours of capacity a month', () => {
    expect(estimate(TEAM, 'sagemaker').e.opsCapacityHoursMonthly).toBeCloseTo(76.666667, 4); // 0.5 × 1,840 ÷ 12
  });

  it('an override reaches only the option it names', () => {
    const a = estimate(team('opsh=sagemaker:20'), 'mlflow').line('operations').amount.likely;
    const b = estimate(TEAM, 'mlflow').line('operations').amount.likely;
    expect(a).toBe(b);
    expect(a).not.toBeCloseTo(20 * PE_HOUR, 1);
  });

  it('one-time hours replace setup and learning for the option they name', () => {
    // seth=sagemaker:60 → setup 60 h × 111.5703261 = 6,694.219566; learning 0 (inside the 60 h).
    // Without it: setup 3 weeks × 4,276.8625 = 12,830.5875 + learning 9,680.294348 (see above).
    const { line, e } = estimate(team('seth=sagemaker:60'), 'sagemaker');
    expect(line('setup').amount.likely).toBeCloseTo(6694.219566, 4);
    expect(line('setup').formula).toContain('60 h you set');
    expect(line('learning').amount.likely).toBe(0);
    expect(line('learning').status).toBe('included');
    expect(e.oneTime.likely).toBeCloseTo(6694.219566, 4);
    // Another option keeps its own profile: MLflow's setup is not 60 h.
    expect(estimate(team('seth=sagemaker:60'), 'mlflow').line('setup').amount.likely).toBe(estimate(TEAM, 'mlflow').line('setup').amount.likely);
  });

  it('the learning line names its hours per person as an assumption', () => {
    // SageMaker: 4 data scientists × 24 h each + 0.5 platform engineer × 24 h each
    expect(estimate(TEAM, 'sagemaker').line('learning').formula).toContain('× 24 h each (assumed)');
  });

  it('one-time hours: hours only, a malformed value is named and nothing applied, and they round-trip', () => {
    for (const bad of ['seth=sagemaker:0.5fte', 'seth=sagemaker:60,kubeflow:abc', 'seth=sagemaker:200000', 'seth=sagemaker:-5']) {
      const read = inputsFromQuery(bad);
      expect(read.ignored, bad).toHaveLength(1);
      expect(read.inputs.setupOverrides, bad).toEqual({});
    }
    const { inputs } = inputsFromQuery('seth=sagemaker:60,kubeflow:12.5');
    expect(inputs.setupOverrides).toEqual({ sagemaker: 60, kubeflow: 12.5 });
    expect(inputsFromQuery(queryFromInputs(inputs)).inputs.setupOverrides).toEqual({ sagemaker: 60, kubeflow: 12.5 });
  });

  it('a malformed override is named, never applied in part', () => {
    expect(inputsFromQuery('opsh=sagemaker:20,kubeflow:abc').ignored).toHaveLength(1);
    expect(inputsFromQuery('opsh=sagemaker:20,kubeflow:abc').inputs.opsOverrides).toEqual({});
  });
});

describe('prices fixed in v3', () => {
  it('a self-hosted tracking server costs 40 a month, the top of its cited 12–40 range', () => {
    expect(estimate(TEAM, 'mlflow').line('fee-self-hosted-tracking-service').amount.likely).toBe(40);
  });

  it('no logs on Azure: the log line depends on usage, it is not a quote', () => {
    const { line, e } = estimate(team('cloud=azure'), 'azure-ml');
    expect(line('logs').status).toBe('usage');
    expect(e.notInTotal.map((l) => l.id)).not.toContain('logs');
  });

});

describe('quotes per vendor, incomplete totals, moves', () => {
  it('a quote for one vendor reaches only that vendor', () => {
    const { inputs } = inputsFromQuery(team('host=saas&quote=wandb:600'));
    const all = estimateFrameworks(data, inputs);
    const wandb = all.find((e) => e.id === 'wandb')!;
    expect(wandb.lines.find((l) => l.category === 'platform')!.amount.likely).toBe(600);
    expect(wandb.incomplete).toBe(false);
    for (const other of all.filter((e) => e.id !== 'wandb')) expect(other.lines.some((l) => l.formula.includes('the quote you entered'))).toBe(false);
    expect(all.find((e) => e.id === 'clearml')!.incomplete).toBe(true);
  });

  it('an incomplete total is never called the lowest', () => {
    const { inputs } = inputsFromQuery(team('host=saas'));
    const v = verdictOf(comparedEstimates(data, inputs), 3);
    expect(v.ranked[0]!.incomplete).toBe(false);
    expect(v.sentence).not.toContain('incomplete');
  });

  it('platforms on another cloud appear only when asked, labelled as a move', () => {
    const gcp = inputsFromQuery(team('cloud=gcp')).inputs;
    expect(comparedEstimates(data, gcp).map((e) => e.id)).not.toContain('sagemaker');
    const moved = comparedEstimates(data, { ...gcp, includeMoves: 'yes' }).find((e) => e.id === 'sagemaker')!;
    expect(moved.move).toBe(true);
    expect(comparedEstimates(data, gcp).find((e) => e.id === 'vertex-ai')!.move).toBe(false);
  });

  it('quotes and overrides survive the share link', () => {
    const { inputs } = inputsFromQuery(team('quote=wandb:600,databricks:3000&opsh=kubeflow:0.5fte'));
    const again = inputsFromQuery(queryFromInputs(inputs)).inputs;
    expect(again.quotes).toEqual({ wandb: 600, databricks: 3000 });
    expect(again.opsOverrides.kubeflow).toBeCloseTo(76.6667, 3);
  });
});

describe('operations hours grow with the GPU fleet', () => {
  it('8 × H100 fine-tuning with W&B on EC2 the team runs: more than the tracker’s 1.4 hours', () => {
    // W&B SaaS: 1 h base + 0.1 h × 4 users = 1.4 h; the fleet: 4 h × (8 GPUs × 200 h = 1,600 GPU-h ÷ 730) = 8.7671233 h
    // (1.4 + 8.7671233) × 111.5703261 = 1,134.3492606
    const { line } = estimate(team('host=saas&gpu=1600&gputype=h100&ep=0&pipes=0'), 'wandb');
    expect(line('operations').amount.likely).toBeCloseTo(1134.3492606, 3);
  });
});

describe('Databricks DBUs on compute', () => {
  it('a DBU fee on each node-hour, not discounted, and replaced by a Databricks quote', () => {
    // CPU: 200 h × 0.192 × 1.54 (0.69 DBU × 0.15 ÷ 0.192 ≈ 0.54 on top); GPU: 100 h × 1.006 × 1.15
    const listed = estimate(team('cpu=200&gpu=100'), 'databricks');
    expect(listed.line('training-cpu').amount.likely).toBeCloseTo(59.136, 6);
    expect(listed.line('training-gpu').amount.likely).toBeCloseTo(115.69, 6);
    expect(listed.e.incomplete).toBe(false);
    const quoted = estimate(team('cpu=200&gpu=100&quote=databricks:3000'), 'databricks');
    expect(quoted.line('training-cpu').amount.likely).toBeCloseTo(38.4, 6); // 200 × 0.192, the DBUs are in the quote
    expect(quoted.line('fee-quote').amount.likely).toBe(3000);
  });
});

describe('commitments by term, on eligible lines only', () => {
  it('a 1-year preset on Google Cloud: 28% off compute, never off the Vertex AI management fee or spot', () => {
    // CPU training on Vertex AI: 200 h × (0.18995 × (1 − 0.28) + 0.18995 × 0.15 fee, not discounted)
    //   = 200 × (0.136764 + 0.0284925) = 33.05130
    const { line } = estimate(team('cloud=gcp&cpu=200&term=1y'), 'vertex-ai');
    expect(line('training-cpu').amount.likely).toBeCloseTo(33.0513, 4);
    // GPU training half on spot at 60% off, on Compute Engine (Kubeflow): 100 h × 3.673385 × (0.5 × 0.72 + 0.5 × 0.4)
    //   = 100 × 3.673385 × 0.56 = 205.70956
    expect(estimate(team('cloud=gcp&gpu=100&gputype=a100-40&term=1y&spot=50&spotoff=60'), 'kubeflow').line('training-gpu').amount.likely).toBeCloseTo(205.70956, 4);
    // storage is not eligible: 0.5 TB × 1,024 × 0.020 = 10.24 either way
    expect(line('storage').amount.likely).toBeCloseTo(10.24, 6);
  });

  it('on AWS a 3-year term is 60% off: two CPU endpoints on EC2 for MLflow', () => {
    // 2 × 730 h × 0.192 × (1 − 0.60) = 112.128
    expect(estimate(team('term=3y'), 'mlflow').line('serving').amount.likely).toBeCloseTo(112.128, 6);
  });
});

describe('like for like: the options that cover a scope, stacks priced as one option', () => {
  const scope = 'need=pipeline-orchestration,experiment-tracking,model-serving&host=saas&quote=wandb:250';

  it('Kubeflow + W&B: Kubeflow in full, plus W&B’s fee and people, the workload counted once', () => {
    const { inputs } = inputsFromQuery(team(scope));
    const compared = comparedEstimates(data, inputs);
    const stack = compared.find((e) => e.id === 'kubeflow-wandb')!;
    const kubeflow = estimateFrameworks(data, inputs).find((e) => e.id === 'kubeflow')!;
    // W&B SaaS adds: 250 quote + (1 + 0.1 × 2 models + 0.1 × 4 users) = 1.6 h × 111.5703261 = 178.5125218 a month
    expect(stack.monthly.likely - kubeflow.monthly.likely).toBeCloseTo(428.5125218, 4);
    // one-time: setup 0.5 week × 4,276.8625 = 2,138.43125; learning 4 × 4 h × 86.8901087 + 0.5 × 8 h × 111.5703261 = 1,836.523043
    expect(stack.oneTime.likely - kubeflow.oneTime.likely).toBeCloseTo(3974.954293, 3);
    expect(stack.members).toEqual(['kubeflow', 'wandb']);
  });

  it('a tracker alone is not compared with platforms, and is compared with trackers', () => {
    const platforms = comparedEstimates(data, inputsFromQuery(team(scope)).inputs).map((e) => e.id);
    expect(platforms).not.toContain('wandb');
    const trackers = comparedEstimates(data, inputsFromQuery(team('need=experiment-tracking')).inputs).map((e) => e.id);
    expect(trackers).toContain('wandb');
    expect(trackers).toContain('mlflow');
  });

  it('an unknown capability in the link is named and left out of the scope', () => {
    const { inputs } = inputsFromQuery('need=experiment-tracking,teleportation');
    const { estimates, summary } = calculatorResult(data, inputs);
    expect(summary.notes[0]).toBe('Not a capability we know, so left out of the scope: teleportation.');
    expect(estimates.map((e) => e.id)).toContain('wandb'); // the known part, tracking, still applies
    expect(inputsFromQuery('need=<script>').ignored).toHaveLength(1);
  });

  it('a scope nothing covers says so, with no lowest and no NaN', () => {
    const v = verdictOf([], 3);
    expect(v.sentence).toBe('No framework or stack covers this scope: tick fewer capabilities.');
  });
});

describe('a GPU the cloud lacks', () => {
  it('is priced as the nearest one, and the summary says so', () => {
    // Azure has no L4: NC4as_T4_v3 at 0.526; 2 endpoints × 1 replica × 730 h × 0.526 = 767.96
    const { line } = estimate(team('cloud=azure&serve=l4'), 'azure-ml');
    expect(line('serving').amount.likely).toBeCloseTo(767.96, 6);
    const { summary } = calculatorResult(data, inputsFromQuery(team('cloud=azure&serve=l4')).inputs);
    expect(summary.notes.some((n) => n.startsWith('No L4 VM on Azure'))).toBe(true);
    expect(summary.notes.some((n) => n.startsWith('Staff time'))).toBe(true);
  });
});

describe('the CSV finance receives', () => {
  it('carries numbers as numbers, a totals block, the inputs and the share link', async () => {
    const { toCsv } = await import('../../src/lib/cost/export');
    const { inputs } = inputsFromQuery(team('opsh=sagemaker:20'));
    const estimates = comparedEstimates(data, inputs).filter((e) => e.id === 'sagemaker');
    const text = toCsv(estimates, inputs, 'https://example.test/tools/cost-calculator/?x=1');
    const rows = text.trim().split('\r\n').map((r) => r.split(','));
    const total = rows.find((r) => r[2] === 'Total over 3 years')!;
    expect(Number(total[9])).toBe(118417.85); // 36 × 2,664.082522 + 22,510.881848, to the cent
    const run = rows.find((r) => r[2] === 'Run rate a month (first month)')!;
    expect(Number(run[6])).toBe(2664.08); // 28.16 + 392.74 + 11.776 + 2,231.406522
    expect(rows.find((r) => r[2] === 'Serving')![6]).toBe('392.74');
    expect(text).toContain('Share link,https://example.test/tools/cost-calculator/?x=1');
    expect(rows.some((r) => r[0] === 'models' && r[1] === '2')).toBe(true);
  });

  it('names each line\'s source by its title, as the page does, and keeps the id only where no title is known', async () => {
    const { toCsv } = await import('../../src/lib/cost/export');
    const { inputs } = inputsFromQuery(team('opsh=sagemaker:20'));
    const estimates = comparedEstimates(data, inputs).filter((e) => e.id === 'sagemaker');
    const serving = estimates[0]!.lines.find((l) => l.id === 'serving')!;
    const id = serving.price!.source;
    const withTitles = toCsv(estimates, inputs, undefined, { [id]: 'A readable title' });
    const servingRow = withTitles.split('\r\n').find((r) => r.startsWith('SageMaker') && r.includes(',Serving,'))!;
    expect(servingRow).toContain(',A readable title,');
    expect(servingRow).not.toContain(`,${id},`);
    expect(toCsv(estimates, inputs)).toContain(`,${id},`);
  });
});

describe('labels inside sentences', () => {
  it('keep acronyms whole', async () => {
    const { inSentence } = await import('../../src/lib/cost/words-case');
    expect(inSentence('NAT gateways')).toBe('NAT gateways');
    expect(inSentence('EKS clusters on a version in extended support')).toBe('EKS clusters on a version in extended support');
    expect(inSentence('Training on GPU')).toBe('training on GPU');
    expect(inSentence('MLflow tracking')).toBe('MLflow tracking');
  });
});
