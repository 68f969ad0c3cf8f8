/**
 * Behaviours of the cost model that the hand-computed cases do not pin: quotes, hosting modes a
 * framework does not offer, your own data centre, operations capacity, the verdict, the checklist's
 * link in both directions, the sensitivity and crossover, and the GenAI break-even.
 * Frameworks are picked by what their data says, never by id.
 */
import { describe, expect, it } from 'vitest';
import { checklistQuery, fromChecklist } from '~/lib/cost/checklist';
import { estimateGenai } from '~/lib/cost/genai';
import { DEFAULT_INPUTS, NUMBER_SPECS, type CostInputs } from '~/lib/cost/inputs';
import { estimateFramework, estimateFrameworks } from '~/lib/cost/model';
import { crossover, optionsOf, tornado } from '~/lib/cost/sensitivity';
import type { FrameworkEstimate } from '~/lib/cost/types';
import { inputsFromQuery, queryFromInputs } from '~/lib/cost/url';
import { verdictOf } from '~/lib/cost/verdict';
import { loadCostData } from '../support/cost-data';

const data = loadCostData();
const selfHostedOnly = data.profiles.find((p) => p.hosting.length === 1 && p.hosting[0]!.mode === 'self-hosted')!;
const boundToCloud = data.profiles.find((p) => p.runsOn !== 'chosen')!;
const openSource = data.profiles.find((p) => p.runsOn === 'chosen')!;
const line = (e: FrameworkEstimate, id: string) => e.lines.find((l) => l.id === id)!;

describe('quotes', () => {
  it('a quoted line counts nothing, is named in notInTotal, and the total is the sum of the priced lines', () => {
    for (const e of estimateFrameworks(data, { ...DEFAULT_INPUTS, hosting: 'saas', cloud: 'gcp' })) {
      const priced = e.lines.filter((l) => l.status === 'priced').reduce((sum, l) => sum + l.horizon.likely, 0);
      expect(e.total.likely).toBeCloseTo(priced, 6);
      for (const l of e.lines.filter((x) => x.status === 'quote')) {
        expect(l.horizon).toEqual({ low: 0, likely: 0, high: 0 });
        expect(e.notInTotal).toContain(l);
      }
    }
  });

  it('a SaaS quote the reader entered for a vendor is priced as entered, for that vendor only', () => {
    const quoted = data.profiles.filter((p) => p.hosting.some((h) => h.mode === 'saas' && h.platformFees.some((id) => data.prices[id]?.usd === null)));
    const [saas, other] = quoted;
    const inputs = { ...DEFAULT_INPUTS, hosting: 'saas' as const, quotes: { [saas!.framework]: 1234 } };
    const e = estimateFramework(data, saas!, inputs);
    const fee = e.lines.find((l) => l.category === 'platform' && l.formula.includes('the quote you entered'))!;
    expect(fee.amount.likely).toBe(1234);
    expect(e.notInTotal).not.toContain(fee);
    expect(e.incomplete).toBe(false);
    const untouched = estimateFramework(data, other!, inputs);
    expect(untouched.lines.some((l) => l.formula.includes('the quote you entered'))).toBe(false);
    expect(untouched.incomplete).toBe(true);
  });
});

describe('hosting modes and where a framework runs', () => {
  it('a hosting mode a framework does not offer falls back to its own, and says so', () => {
    const e = estimateFramework(data, selfHostedOnly, { ...DEFAULT_INPUTS, hosting: 'saas' });
    expect(e.hosting).toBe('self-hosted');
    expect(e.hostingFallback).toBe(true);
  });

  it('"none yet" prices open-source options on AWS; a platform bound to a cloud stays there', () => {
    expect(estimateFramework(data, openSource, { ...DEFAULT_INPUTS, cloud: 'none' }).venue).toBe('aws');
    expect(estimateFramework(data, boundToCloud, { ...DEFAULT_INPUTS, cloud: 'none' }).venue).toBe(boundToCloud.runsOn);
  });

  it('in your own data centre compute is a quote until you enter your rates, then priced at them', () => {
    const onprem: CostInputs = { ...DEFAULT_INPUTS, cloud: 'onprem' };
    const before = estimateFramework(data, openSource, onprem);
    expect(line(before, 'training-gpu').status).toBe('quote');
    expect(line(before, 'storage').status).toBe('quote');
    const after = estimateFramework(data, openSource, { ...onprem, onpremCpuHour: 0.1, onpremGpuHour: 1.5 });
    // 100 GPU-h × 1.5 = 150; 200 CPU-h × 0.1 = 20
    expect(line(after, 'training-gpu').amount.likely).toBeCloseTo(150, 9);
    expect(line(after, 'training-cpu').amount.likely).toBeCloseTo(20, 9);
    expect(estimateFramework(data, boundToCloud, onprem).needsPublicCloud).toBe(true);
  });

  it('EKS extended support replaces the standard control-plane fee: 0.60 × 730 = 438 a cluster', () => {
    const k8s = data.profiles.find((p) => p.needsKubernetes === 'always')!;
    const e = estimateFramework(data, k8s, { ...DEFAULT_INPUTS, eksExtendedSupport: 'yes' });
    expect(line(e, 'kubernetes-control-plane').amount.likely).toBeCloseTo(438, 9);
    expect(line(e, 'kubernetes-control-plane').price?.id).toBe('aws-kubernetes-extended-support');
  });

  it('operations capacity: the platform engineers’ hours a month (1,840 ÷ 12 each) beside the hours needed', () => {
    const e = estimateFramework(data, selfHostedOnly, { ...DEFAULT_INPUTS, platformEngineers: 2 });
    expect(e.opsCapacityHoursMonthly).toBeCloseTo((2 * 1840) / 12, 9);
    expect(e.opsHoursMonthly).toBeGreaterThan(0);
  });
});

describe('the verdict', () => {
  const fake = (id: string, low: number, likely: number, high: number) =>
    ({ id, title: id, hosting: 'self-hosted', total: { low, likely, high }, notInTotal: [] }) as unknown as FrameworkEstimate;
  it('names no winner when the cheapest range overlaps another', () => {
    const v = verdictOf([fake('b', 90, 120, 200), fake('a', 80, 100, 150), fake('c', 300, 400, 500)], 3);
    expect(v.kind).toBe('too-close');
    expect(v.contenders.map((e) => e.id)).toEqual(['a', 'b']);
    expect(v.sentence).toBe(
      'Too close to call over 3 years: the ranges of a (self-hosted) and b (self-hosted) overlap, so your inputs decide. Lowest likely: a (self-hosted), $100.',
    );
  });
  it('names the cheapest when no range overlaps it', () => {
    const v = verdictOf([fake('a', 80, 100, 150), fake('b', 151, 200, 300)], 1);
    expect(v.kind).toBe('winner');
    expect(v.sentence).toBe('Lowest likely: a (self-hosted), $100 over 1 year; its range overlaps no other.');
  });
});

describe('joined to the decision checklist', () => {
  it('reads the checklist’s own answers: cloud, own data centre, Kubernetes, team, operations capacity, priority', () => {
    expect(inputsFromQuery('?c=gcp&k8s=strong&team=11-30&ops=1-2&pri=governance').inputs).toMatchObject({
      cloud: 'gcp',
      alreadyRunKubernetes: 'yes',
      dataScientists: 20,
      platformEngineers: 2,
      monitoring: 'yes',
    });
    expect(inputsFromQuery('?c=aws&must=onprem,attested').inputs.cloud).toBe('onprem');
    expect(inputsFromQuery('?c=onprem&k8s=none&ops=0').inputs).toMatchObject({ cloud: 'onprem', alreadyRunKubernetes: 'no', platformEngineers: 0 });
    // The checklist writes several priorities comma-separated: read without a complaint and carried back as written.
    const withPriorities = inputsFromQuery('?c=aws&pri=cost,governance,scale&mon=no');
    expect(withPriorities.ignored).toEqual([]);
    expect(withPriorities.inputs.monitoring).toBe('no');
    expect(new URLSearchParams(withPriorities.inputs.carried).get('pri')).toBe('cost,governance,scale');
    expect(inputsFromQuery('?c=multi').ignored).toEqual(['your checklist answer “more than one cloud” is priced on AWS; choose another under “Where you run”']);
    // The calculator's own keys, as the checklist has always sent them, still work and win.
    expect(inputsFromQuery('?cloud=azure&team=7&platform=1&c=gcp').inputs).toMatchObject({ cloud: 'azure', dataScientists: 7, platformEngineers: 1 });
  });

  it('links back with the same answers, the unused ones carried untouched', () => {
    const from = '?c=gcp&k8s=strong&team=11-30&ops=1-2&comp=hipaa,soc2&oss=2&bud=10-50k&scope=e2e&port=no&pri=scale&must=attested';
    const { inputs } = inputsFromQuery(from);
    expect(Object.fromEntries(new URLSearchParams(checklistQuery(inputs)))).toEqual(Object.fromEntries(new URLSearchParams(from)));
    // …and the calculator's own link keeps them too.
    expect(inputsFromQuery(queryFromInputs(inputs)).inputs).toEqual(inputs);
  });

  it('a changed answer goes back changed', () => {
    const { inputs } = inputsFromQuery('?c=aws&k8s=strong&team=1-3');
    const back = new URLSearchParams(checklistQuery({ ...inputs, alreadyRunKubernetes: 'no', dataScientists: 50, cloud: 'azure' }));
    expect([back.get('c'), back.get('k8s'), back.get('team')]).toEqual(['azure', 'none', '30plus']);
  });

  it('never passes markup or unknown values through', () => {
    const { params } = fromChecklist('?comp=<script>&team=huge');
    expect(params).not.toContain('script');
    expect(inputsFromQuery('?comp=<b>x</b>').inputs.carried).toBe('');
  });
});

describe('where the answer is fragile', () => {
  it('the tornado is sorted by swing and each bar is a real re-estimate', () => {
    const bars = tornado(data, openSource, DEFAULT_INPUTS);
    expect(bars.length).toBeGreaterThan(3);
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.swing).toBeLessThanOrEqual(bars[i - 1]!.swing);
    const input = bars.find((b) => b.name !== 'operations-range')!;
    expect(estimateFramework(data, openSource, { ...DEFAULT_INPUTS, [input.name]: input.highValue }).total.likely).toBeCloseTo(input.atHigh, 6);
  });

  it('a crossover is where the two likely totals meet', () => {
    const options = optionsOf(data);
    let found = 0;
    // Each option against the next one (a framework's own modes are neighbours): enough pairs to find crossings, quickly.
    for (const [i, a] of options.entries()) {
      for (const b of [options[(i + 1) % options.length]!]) {
        if (a === b) continue;
        for (const spec of NUMBER_SPECS.filter((s) => ['dataScientists', 'models', 'gpuHours'].includes(s.name))) {
          const cross = crossover(data, a, b, DEFAULT_INPUTS, spec);
          if (!cross || spec.integer) continue;
          found++;
          const at = { ...DEFAULT_INPUTS, [spec.name]: cross.value };
          const ta = estimateFramework(data, a.profile, { ...at, hosting: a.hosting }).total.likely;
          const tb = estimateFramework(data, b.profile, { ...at, hosting: b.hosting }).total.likely;
          expect(Math.abs(ta - tb) / Math.max(ta, tb)).toBeLessThan(1e-3);
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe('LLM serving', () => {
  it('at the break-even volume, the per-token API costs what the self-hosted GPUs cost', () => {
    const base = { ...DEFAULT_INPUTS, genai: 'yes' as const };
    const { breakEvenMillionTokens, selfHosted } = estimateGenai(data, base);
    const ratio = breakEvenMillionTokens! / (base.llmInputMillions + base.llmOutputMillions);
    const atBreakEven = estimateGenai(data, { ...base, llmInputMillions: base.llmInputMillions * ratio, llmOutputMillions: base.llmOutputMillions * ratio });
    expect(atBreakEven.api.monthly).toBeCloseTo(selfHosted.monthly!, 6);
  });
});
