/**
 * Build-time readers for the editorial data that is one document rather than a collection: the
 * capability rubric, the changes log and the usual combinations. Each is read once, through the
 * disk reader (content-files.ts) that tests use too; invalid content stops the build with the file
 * and field.
 */
import { findCombination, type ChangeData, type CombinationData, type RubricData } from '~/lib/schema';
import { readChanges, readCombinations, readRubric } from './content-files';

let rubric: RubricData | undefined;
export function getRubric(): RubricData {
  rubric ??= readRubric();
  return rubric;
}

let combinations: CombinationData[] | undefined;
/** The tools usually run together: the two-member stacks of content/data/stacks.yaml. */
export function getCombinations(): CombinationData[] {
  combinations ??= readCombinations();
  return combinations;
}

/** How `a` and `b` combine, if they are usually run together. */
export function combinationOf(a: string, b: string) {
  return findCombination(getCombinations(), a, b);
}

let changes: ChangeData[] | undefined;
/** Every change, newest first (file order within a day). */
export function getChanges(): ChangeData[] {
  changes ??= readChanges();
  return changes;
}
