/**
 * Builds the cross-framework table of a dimension page from the frameworks' data, so the table is
 * never typed twice: the dimension's frontmatter names which seed field, profile statement and
 * capabilities to show.
 */
import {
  CAPABILITY_LABELS,
  COMPLIANCE_GROUP_LABELS,
  COST_MODEL_LABELS,
  EFFORT_LABELS,
  SUPPORT_LEVEL_LABELS,
  type CapabilityId,
  type SeedField,
} from './vocabulary';
import type { CapabilityCell, CitedText, FrameworkData, FrameworkSeed } from './schema/framework';
import type { DimensionTableSpec } from './schema/dimension';

/** What a table needs of a framework: its id and the parts of its frontmatter the tables show. */
export type FrameworkForTables = Pick<FrameworkData, 'title' | 'seed' | 'profile' | 'capabilities'> & { id: string };
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

/** The seed value as words: enum values become their labels; lists stay lists. */
export function seedValue(seed: FrameworkSeed, field: SeedField): string | string[] {
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
  seed?: string | string[];
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
    if (spec.seed) row.seed = seedValue(framework.seed, spec.seed);
    if (spec.profile) row.profile = framework.profile[spec.profile];
    return row;
  });
}
