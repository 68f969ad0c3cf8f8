/**
 * Build-time readers for the editorial data that is one document rather than a collection: the
 * capability rubric and the changes log. Invalid content stops the build with the file and field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readKnownIds } from './content-files';
import { changeSchema, combinationsOf, describeIssues, findCombination, rubricSchema, stackListSchema, type ChangeData, type CombinationData, type RubricData } from '../lib/schema';
import { newestFirst } from '../lib/changes';

function readData<T>(file: string, check: (raw: unknown) => { success: true; data: T } | { success: false; error: import('astro/zod').z.ZodError }): T {
  const path = join('content', 'data', file);
  const result = check(parse(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`${path}:\n  ${describeIssues(result.error).join('\n  ')}`);
  return result.data;
}

let rubric: RubricData | undefined;
export function getRubric(): RubricData {
  rubric ??= readData('capability-rubric.yaml', (raw) => rubricSchema().safeParse(raw));
  return rubric;
}

let combinations: CombinationData[] | undefined;
/** The tools usually run together: the two-member stacks of content/data/stacks.yaml. */
export function getCombinations(): CombinationData[] {
  combinations ??= combinationsOf(readData('stacks.yaml', (raw) => stackListSchema(readKnownIds()).safeParse(raw)));
  return combinations;
}

/** How `a` and `b` combine, if they are usually run together. */
export function combinationOf(a: string, b: string) {
  return findCombination(getCombinations(), a, b);
}

let changes: ChangeData[] | undefined;
/** Every change, newest first (file order within a day). */
export function getChanges(): ChangeData[] {
  const schema = changeSchema(readKnownIds()).array();
  changes ??= newestFirst(readData('changes.yaml', (raw) => schema.safeParse(raw)));
  return changes;
}
