import { describe, expect, it } from 'vitest';
import { describeIssues } from '~/lib/schema/common';
import { EFFORT_SETUP_BANDS, effortProfileSchema, priceSchema } from '~/lib/schema/cost';
import { GPU_TYPES } from '~/lib/cost/inputs';
import { readCollection } from '../support/content';
import { knownIds, loadCostData, readYaml } from '../support/cost-data';

const problems = (schema: { safeParse(v: unknown): { success: boolean; error?: any } }, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : describeIssues(result.error);
};
const rows = () => readYaml('effort-profiles.yaml');
/** A profile row that offers a managed mode beside self-hosting. */
const withManagedMode = () =>
  structuredClone(rows().find((p) => (p.hosting as any[]).some((h) => h.mode === 'self-hosted') && (p.hosting as any[]).length > 1)!) as Record<string, any>;
const price = (id: string) => structuredClone(readYaml('prices.yaml').find((p) => p.id === id)!) as Record<string, any>;

describe('content/data/prices.yaml, effort-profiles.yaml and people-costs.yaml', () => {
  it('pass their schemas, every price once and every framework once, keyed by framework', () => {
    const data = loadCostData();
    expect(Object.keys(data.prices)).toHaveLength(readYaml('prices.yaml').length);
    expect(data.profiles.map((p) => p.framework).sort()).toEqual(
      readCollection('frameworks')
        .map((f) => f.id)
        .sort(),
    );
    expect(data.people.length).toBeGreaterThan(0);
  });

  it('every cloud has every price the model looks up, GPUs T4 to H100 included', () => {
    const { prices } = loadCostData();
    const kinds = ['cpu-node', ...GPU_TYPES.map((g) => `gpu-${g}`), 'storage', 'egress', 'logs', 'nat-hour', 'nat-gb', 'kubernetes-control-plane', 'llm-input', 'llm-output'];
    for (const cloud of ['aws', 'azure', 'gcp']) for (const kind of kinds) expect(prices[`${cloud}-${kind}`], `${cloud}-${kind}`).toBeDefined();
  });

  it('a "consensus" price names its two sources in its note, and a price without a figure says why', () => {
    for (const p of Object.values(loadCostData().prices)) {
      if (p.standing === 'consensus') expect(p.note, p.id).toMatch(/agree/);
      if (p.usd === null) expect(p.note, p.id).toMatch(/\b(read|readable|found|retrievable|amount|ask|quote)\b/i);
    }
  });

  it('each profile keeps the original article’s effort rating of its framework', () => {
    const seeds = Object.fromEntries(readCollection('frameworks').map((f) => [f.id, (f.data.seed as { implementationEffort: string } | undefined)?.implementationEffort]));
    for (const p of loadCostData().profiles) expect(p.rating, p.framework).toBe(seeds[p.framework]);
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

  it('a profile for an unknown framework, with an unknown fee and a reversed range', () => {
    const bad = withManagedMode();
    bad.framework = 'no-such-framework';
    bad.hosting[0].platformFees = ['no-such-price'];
    bad.hosting[0].opsHours.base = { low: 20, likely: 10, high: 30 };
    expect(problems(effortProfileSchema(knownIds), bad)).toEqual([
      'framework: unknown framework id "no-such-framework": add it to content/frameworks/ or fix the spelling',
      'hosting.0.opsHours.base: expected low ≤ likely ≤ high',
      expect.stringMatching(/^hosting\.0\.platformFees\.0: unknown price id "no-such-price"/),
    ]);
  });

  it('a default mode whose likely setup leaves the band of its rating', () => {
    const bad = withManagedMode();
    const band = EFFORT_SETUP_BANDS[bad.rating as keyof typeof EFFORT_SETUP_BANDS];
    bad.hosting[0].setupWeeks = { low: band.max + 1, likely: band.max + 1, high: band.max + 2 };
    expect(problems(effortProfileSchema(knownIds), bad)).toContainEqual(
      `hosting.0.setupWeeks.likely: a "${bad.rating}" rating needs likely setup between ${band.min} and ${band.max} person-weeks`,
    );
  });

  it('a managed mode that asks more operations hours than self-hosting the same framework', () => {
    const bad = withManagedMode();
    const managed = bad.hosting.findIndex((h: any) => h.mode !== 'self-hosted');
    bad.hosting[managed].opsHours.perUser = { low: 50, likely: 60, high: 70 };
    expect(problems(effortProfileSchema(knownIds), bad)).toEqual([
      `hosting.${managed}.opsHours.perUser: a managed mode ("${bad.hosting[managed].mode}") must not need more than self-hosting the same framework`,
    ]);
  });

  it('a profile without evidence', () => {
    const bad = withManagedMode();
    bad.evidence = [];
    expect(problems(effortProfileSchema(knownIds), bad)).toEqual(['evidence: give at least one piece of evidence']);
  });
});
