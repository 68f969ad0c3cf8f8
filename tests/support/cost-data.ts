/**
 * The calculator's data for tests: exactly what the build ships, read by the one disk reader
 * (src/data/content-files.ts) through the same schemas, framework order and assembly
 * (src/lib/models/cost.ts). Nothing here builds a model of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readCostData, readKnownIds } from '~/data/content-files';
import type { CostData } from '~/lib/cost/types';

// The project root from the working directory: in the islands' happy-dom environment import.meta.url
// is not a file URL, so the path helpers of ./content.ts do not apply there.
const ROOT = process.cwd();

export const knownIds = readKnownIds(ROOT);

/** A data file as written, for tests about the raw YAML (not the model). */
export function readYaml(name: string): Array<Record<string, unknown>> {
  return parse(readFileSync(join(ROOT, 'content/data', name), 'utf8')) as Array<Record<string, unknown>>;
}

// Read once per test file (reading and checking every file takes about a second on a busy machine);
// each caller gets its own copy, so a test that changes one cannot affect another.
let costData: CostData | undefined;
/** The calculator's data as the build assembles it (without pricesAsOf). */
export function loadCostData(): CostData {
  if (!costData) {
    const { pricesAsOf: _asOf, ...data } = readCostData(ROOT);
    costData = data;
  }
  return structuredClone(costData);
}

export interface CostCase {
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

/** The hand-computed cost cases: the one place expected totals live. */
export function costCases(): CostCase[] {
  return readYaml('cost-cases.yaml') as unknown as CostCase[];
}

export function costCase(id: string): CostCase {
  const found = costCases().find((s) => s.id === id);
  if (!found) throw new Error(`no cost case "${id}" in content/data/cost-cases.yaml`);
  return found;
}
