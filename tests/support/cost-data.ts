/** The calculator's data read from content/data the way the build reads it (through the same schemas). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describeIssues, effortProfileSchema, priceSchema } from '../../src/lib/content-schema';
import { readKnownIds } from '../../src/data/content-files';
import type { CostData, EffortProfile, PriceRecord } from '../../src/lib/cost/model';
import { splitFrontmatter } from './content';

// The project root from the working directory: in the islands' happy-dom environment import.meta.url
// is not a file URL, so the path helpers of ./content.ts do not apply there.
const ROOT = process.cwd();

export const knownIds = readKnownIds(ROOT);

export function readYaml(name: string): Array<Record<string, unknown>> {
  return parse(readFileSync(join(ROOT, 'content/data', name), 'utf8')) as Array<Record<string, unknown>>;
}

export function loadCostData(): CostData {
  const prices = readYaml('prices.yaml').map((raw) => {
    const result = priceSchema(knownIds).safeParse(raw);
    if (!result.success) throw new Error(`prices.yaml ${String(raw.id)}: ${describeIssues(result.error).join('; ')}`);
    return { ...result.data, asOf: result.data.asOf.toISOString().slice(0, 10) } as PriceRecord;
  });
  const profiles = readYaml('effort-profiles.yaml').map((raw) => {
    const result = effortProfileSchema(knownIds).safeParse(raw);
    if (!result.success) throw new Error(`effort-profiles.yaml ${String(raw.id)}: ${describeIssues(result.error).join('; ')}`);
    return result.data as EffortProfile;
  });
  const dir = join(ROOT, 'content/frameworks');
  const titles = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => [name.slice(0, -4), String(splitFrontmatter(readFileSync(join(dir, name), 'utf8'), name).data.shortName)]);
  return { prices: Object.fromEntries(prices.map((p) => [p.id, p])), profiles, titles: Object.fromEntries(titles) };
}
