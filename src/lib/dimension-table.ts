/**
 * Builds the cross-framework table of a dimension page from the frameworks' data, so the table is
 * never typed twice: the dimension's frontmatter names which classic field (`seed`), profile
 * statement and capabilities to show. A classic field is shown as the current row that answers the
 * same question today (CURRENT_FOR_SEED), for every framework; the classic ratings themselves are on
 * the about page only.
 */
import {
  CAPABILITY_LABELS,
  COMPLIANCE_GROUP_LABELS,
  COST_MODEL_LABELS,
  EFFORT_LABELS,
  NOT_IN_CLASSIC_COMPARISON,
  SUPPORT_LEVEL_LABELS,
  type CapabilityId,
  type SeedField,
} from './vocabulary';
import type { CapabilityCell, CitedText, FrameworkData, FrameworkSeed } from './schema/framework';
import type { DimensionTableSpec } from './schema/dimension';
import { CURRENT_ROW_LABELS, type CurrentCell, type CurrentRowId } from './compare/current';

/** What a table needs of a framework: its id and the parts of its frontmatter the tables show. */
export type FrameworkForTables = Pick<FrameworkData, 'title' | 'seed' | 'profile' | 'capabilities'> & {
  id: string;
  /** The framework's current rows (src/data/current.ts); a dimension naming a classic field shows one of them. */
  current?: Record<CurrentRowId, CurrentCell> | undefined;
};

/** The current row that answers, today and for every framework, what each classic column answered for six. */
export const CURRENT_FOR_SEED: Record<SeedField, CurrentRowId> = {
  keyFeatures: 'today',
  strengths: 'best-for',
  limitations: 'avoid-if',
  bestFor: 'best-for',
  implementationEffort: 'first-pipeline',
  costModel: 'cost',
  hiddenCosts: 'operations',
  complianceGroup: 'compliance',
};

/** The heading of the current column a classic field is shown as. */
export const currentColumnLabel = (field: SeedField) => CURRENT_ROW_LABELS[CURRENT_FOR_SEED[field]];
/** Kept under their old names for the compare view; both are inferred from the framework schema. */
export type SeedBlock = FrameworkSeed;
export type { CapabilityCell };

/** Column headings for the seed fields, as the original article named its columns. */
export const SEED_COLUMN_LABELS: Record<SeedField, string> = {
  keyFeatures: 'Key features',
  strengths: 'Strengths',
  limitations: 'Limitations',
  bestFor: 'Best for',
  implementationEffort: 'Implementation effort',
  costModel: 'Cost model',
  hiddenCosts: 'Hidden costs to watch',
  complianceGroup: 'Compliance position',
};

/**
 * The seed value as words: enum values become their labels; lists stay lists. A framework the
 * original comparison did not cover has no seed and gets the "not in the classic comparison" phrase.
 */
export function seedValue(seed: FrameworkSeed | undefined, field: SeedField): string | string[] {
  if (!seed) return NOT_IN_CLASSIC_COMPARISON;
  switch (field) {
    case 'implementationEffort':
      return EFFORT_LABELS[seed.implementationEffort];
    case 'costModel':
      return COST_MODEL_LABELS[seed.costModel];
    case 'complianceGroup':
      return COMPLIANCE_GROUP_LABELS[seed.complianceGroup];
    default:
      return seed[field];
  }
}

export interface DimensionRow {
  frameworkId: string;
  frameworkTitle: string;
  /** The current row standing for the dimension's classic field. */
  current?: CurrentCell;
  profile?: CitedText;
  capabilities: Array<CapabilityCell & { id: CapabilityId; label: string; levelLabel: string }>;
}

export function dimensionRows(spec: DimensionTableSpec, frameworks: readonly FrameworkForTables[]): DimensionRow[] {
  return frameworks.map((framework) => {
    const row: DimensionRow = {
      frameworkId: framework.id,
      frameworkTitle: framework.title,
      capabilities: (spec.capabilities ?? []).map((id) => ({
        id,
        label: CAPABILITY_LABELS[id],
        levelLabel: SUPPORT_LEVEL_LABELS[framework.capabilities[id].level],
        ...framework.capabilities[id],
      })),
    };
    if (spec.seed) {
      const cell = framework.current?.[CURRENT_FOR_SEED[spec.seed]];
      if (!cell) throw new Error(`dimension table: no current rows for framework "${framework.id}"`);
      row.current = cell;
    }
    if (spec.profile) row.profile = framework.profile[spec.profile];
    return row;
  });
}
