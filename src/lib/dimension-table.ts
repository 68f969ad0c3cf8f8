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
  NOT_IN_CLASSIC_COMPARISON,
  SUPPORT_LEVEL_LABELS,
  type CapabilityId,
  type ProfileField,
  type SeedField,
  type SupportLevel,
} from './vocabulary';

export interface SeedBlock {
  keyFeatures: string[];
  strengths: string[];
  limitations: string[];
  bestFor: string;
  implementationEffort: keyof typeof EFFORT_LABELS;
  costModel: keyof typeof COST_MODEL_LABELS;
  hiddenCosts: string[];
  complianceGroup: keyof typeof COMPLIANCE_GROUP_LABELS;
}

export interface CitedText {
  text: string;
  sources: string[];
}

export interface CapabilityCell {
  level: SupportLevel;
  note: string;
  sources: string[];
}

export interface FrameworkForTables {
  id: string;
  title: string;
  /** Absent for frameworks the original comparison did not cover. */
  seed?: SeedBlock | undefined;
  profile: Record<ProfileField, CitedText>;
  capabilities: Record<CapabilityId, CapabilityCell>;
}

export interface TableSpec {
  seed?: SeedField | undefined;
  profile?: ProfileField | undefined;
  capabilities?: CapabilityId[] | undefined;
}

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
 * The seed value as words: enum values become their labels; lists stay lists. A framework without a
 * seed block gets the "not in the classic comparison" phrase instead.
 */
export function seedValue(seed: SeedBlock | undefined, field: SeedField): string | string[] {
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
  seed?: string | string[];
  profile?: CitedText;
  capabilities: Array<CapabilityCell & { id: CapabilityId; label: string; levelLabel: string }>;
}

export function dimensionRows(spec: TableSpec, frameworks: readonly FrameworkForTables[]): DimensionRow[] {
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
