/**
 * The order test files start in. Vitest starts the longest files first when it has timings from an
 * earlier run; on a fresh clone (CI) it has none and starts the largest files first, so the two
 * layout-shift files, three lines each, would start last and run alone at the end. The browser files
 * that take minutes are named here and start first; every other file keeps Vitest's order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The browser files that take minutes (measured 2026-12-08), longest first. */
const LONG_FILES = [
  'tests/e2e/layout-shift-375.test.ts',
  'tests/e2e/accessibility.test.ts',
  'tests/e2e/accessibility-every-page.test.ts',
  'tests/e2e/layout-shift-1280.test.ts',
  'tests/e2e/accessibility-dark.test.ts',
];

const rank = (spec: TestSpecification) => {
  const index = LONG_FILES.findIndex((file) => spec.moduleId.endsWith(file));
  return index === -1 ? LONG_FILES.length : index;
};

export class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: files of equal rank keep Vitest's order, and the groups
    // (sequence.groupOrder) still run one after another because a group's files stay together.
    const position = new Map(sorted.map((spec, index) => [spec, index]));
    return [...sorted].sort((a, b) => {
      const groups = a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder;
      if (groups !== 0) return groups;
      if (a.project.name !== b.project.name) return position.get(a)! - position.get(b)!;
      return rank(a) - rank(b) || position.get(a)! - position.get(b)!;
    });
  }
}
