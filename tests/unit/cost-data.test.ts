import { describe, expect, it } from 'vitest';
import { describeIssues, EFFORT_SETUP_BANDS, effortProfileSchema, priceSchema } from '../../src/lib/content-schema';
import { readCollection } from '../support/content';
import { knownIds, loadCostData, readYaml } from '../support/cost-data';

const problems = (schema: { safeParse(v: unknown): { success: boolean; error?: any } }, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : describeIssues(result.error);
};
const profile = (id: string) => structuredClone(readYaml('effort-profiles.yaml').find((p) => p.id === id)!) as Record<string, any>;
const price = (id: string) => structuredClone(readYaml('prices.yaml').find((p) => p.id === id)!) as Record<string, any>;

describe('content/data/prices.yaml and effort-profiles.yaml', () => {
  it('pass their schemas, every price and framework once', () => {
    const data = loadCostData();
    expect(Object.keys(data.prices)).toHaveLength(readYaml('prices.yaml').length);
    expect(data.profiles.map((p) => p.id).sort()).toEqual(readCollection('frameworks').map((f) => f.id).sort());
  });

  it('every cloud has the price of each kind the model looks up', () => {
    const { prices } = loadCostData();
    for (const cloud of ['aws', 'azure', 'gcp']) {
      for (const kind of ['cpu-node', 'gpu-node', 'storage', 'egress', 'kubernetes-control-plane']) {
        expect(prices[`${cloud}-${kind}`]?.usd, `${cloud}-${kind}`).toBeGreaterThan(0);
      }
    }
  });

  it('each profile keeps the original article’s effort rating of its framework', () => {
    const seeds = Object.fromEntries(readCollection('frameworks').map((f) => [f.id, (f.data.seed as { implementationEffort: string }).implementationEffort]));
    for (const p of loadCostData().profiles) expect(p.rating, p.id).toBe(seeds[p.id]);
  });

  it('the ratings map to profiles as documented: Low < Low–Medium ≤ Medium < High in likely setup, each inside its band', () => {
    const { profiles } = loadCostData();
    const likely = (rating: string) => profiles.filter((p) => p.rating === rating).map((p) => p.setupWeeks.likely);
    expect(likely('low')).toEqual([2]); // Metaflow
    expect(likely('low-medium')).toEqual([3, 3, 3]); // SageMaker AI, Azure ML, Vertex AI
    expect(likely('medium')).toEqual([3]); // MLflow, self-hosted
    expect(likely('high')).toEqual([10]); // Kubeflow
    for (const p of profiles) {
      const band = EFFORT_SETUP_BANDS[p.rating];
      expect(p.setupWeeks.likely).toBeGreaterThanOrEqual(band.min);
      expect(p.setupWeeks.likely).toBeLessThanOrEqual(band.max);
    }
  });

  it('the SageMaker markups are the ratio of the cited SageMaker and EC2 prices (within 1%)', () => {
    const { prices, profiles } = loadCostData();
    const sagemaker = profiles.find((p) => p.id === 'sagemaker')!;
    // 0.23 / 0.192 = 1.198 ≈ 1.2; 0.7364 / 0.526 = 1.4
    expect(prices['sagemaker-cpu-node']!.usd! / prices['aws-cpu-node']!.usd!).toBeCloseTo(sagemaker.computeMarkup.cpu, 1);
    expect(prices['sagemaker-gpu-node']!.usd! / prices['aws-gpu-node']!.usd!).toBeCloseTo(sagemaker.computeMarkup.gpu, 2);
  });
});

describe('bad data is rejected naming the field', () => {
  it('a price with an unknown source, a negative amount and an unknown standing', () => {
    const bad = { ...price('aws-storage'), source: 'nowhere', usd: -1, standing: 'rumour' };
    expect(problems(priceSchema(knownIds), bad)).toEqual([
      expect.stringMatching(/^usd: a price cannot be negative/),
      'source: unknown source id "nowhere": add it to content/data/sources.yaml or fix the spelling',
      expect.stringMatching(/^standing: /),
    ]);
  });

  it('a profile for an unknown framework, with an unknown price id and a reversed range', () => {
    const bad = profile('mlflow');
    bad.id = 'mlfow';
    bad.fixedMonthly = ['no-such-price'];
    bad.opsFte = { low: 0.5, likely: 0.25, high: 0.1 };
    expect(problems(effortProfileSchema(knownIds), bad)).toEqual([
      'id: unknown framework id "mlfow": add it to content/frameworks/ or fix the spelling',
      'opsFte: expected low ≤ likely ≤ high',
      'fixedMonthly.0: unknown price id "no-such-price": add it to content/data/prices.yaml or fix the spelling',
    ]);
  });

  it('a profile whose likely setup leaves the band of its rating', () => {
    const bad = profile('kubeflow');
    bad.setupWeeks = { low: 1, likely: 2, high: 4 };
    expect(problems(effortProfileSchema(knownIds), bad)).toEqual([
      'setupWeeks.likely: a "high" rating needs likely setup between 6 and 20 person-weeks',
    ]);
  });

  it('a profile without evidence', () => {
    const bad = profile('metaflow');
    bad.evidence = [];
    expect(problems(effortProfileSchema(knownIds), bad)).toEqual(['evidence: give at least one piece of evidence']);
  });
});
