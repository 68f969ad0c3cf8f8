/** The calculator's data read from content/data the way the build reads it (through the same schemas). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describeIssues } from '../../src/lib/schema/common';
import { effortProfileSchema, peopleCostSchema, priceSchema } from '../../src/lib/schema/cost';
import { readKnownIds } from '../../src/data/content-files';
import type { CostData, PriceRecord } from '../../src/lib/cost/types';
import { splitFrontmatter } from './content';

// The project root from the working directory: in the islands' happy-dom environment import.meta.url
// is not a file URL, so the path helpers of ./content.ts do not apply there.
const ROOT = process.cwd();

export const knownIds = readKnownIds(ROOT);

export function readYaml(name: string): Array<Record<string, unknown>> {
  return parse(readFileSync(join(ROOT, 'content/data', name), 'utf8')) as Array<Record<string, unknown>>;
}

function parsed<T>(file: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: any } }, key: string): T[] {
  return readYaml(file).map((raw) => {
    const result = schema.safeParse(raw);
    if (!result.success) throw new Error(`${file} ${String(raw[key])}: ${describeIssues(result.error).join('; ')}`);
    return result.data;
  });
}

export function loadCostData(): CostData {
  const prices = parsed('prices.yaml', priceSchema(knownIds), 'id').map((p) => ({ ...p, asOf: p.asOf.toISOString().slice(0, 10) }) as PriceRecord);
  const profiles = parsed('effort-profiles.yaml', effortProfileSchema(knownIds), 'framework');
  const people = parsed('people-costs.yaml', peopleCostSchema(knownIds), 'id');
  const dir = join(ROOT, 'content/frameworks');
  const titles = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => [name.slice(0, -4), String(splitFrontmatter(readFileSync(join(dir, name), 'utf8'), name).data.shortName)]);
  const capabilities = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const front = splitFrontmatter(readFileSync(join(dir, name), 'utf8'), name).data as { capabilities: Record<string, { level: string }> };
      return { id: name.slice(0, -4), capabilities: Object.fromEntries(Object.entries(front.capabilities).map(([k, c]) => [k, { level: c.level }])) };
    });
  const stacks = readYaml('stacks.yaml').map((st) => {
    const s = st as { id: string; title: string; notAnOption?: string; members: Array<{ framework: string; covers: string[] }> };
    return { id: s.id, title: s.title, notAnOption: s.notAnOption, members: s.members.map((m) => ({ framework: m.framework, role: '', covers: m.covers, runs: '' })) };
  });
  return {
    prices: Object.fromEntries(prices.map((p) => [p.id, p])),
    profiles,
    titles: Object.fromEntries(titles),
    people,
    options: { frameworks: capabilities, stacks } as unknown as CostData['options'],
  };
}

export interface CostScenario {
  id: string;
  title: string;
  query: string;
  estimateOf?: string;
  lines?: Record<string, { likely: number; arithmetic: string }>;
  low?: Record<string, { value: number; arithmetic: string }>;
  high?: Record<string, { value: number; arithmetic: string }>;
  quoted?: string[];
  total?: { likely: number; arithmetic: string };
  genai?: Record<'api' | 'selfHosted' | 'breakEvenMillionTokens', { likely: number; arithmetic: string }>;
}

/** The hand-computed scenarios: the one place expected totals live. */
export function costScenarios(): CostScenario[] {
  return readYaml('cost-scenarios.yaml') as unknown as CostScenario[];
}

export function costScenario(id: string): CostScenario {
  const found = costScenarios().find((s) => s.id === id);
  if (!found) throw new Error(`no cost scenario "${id}" in content/data/cost-scenarios.yaml`);
  return found;
}
