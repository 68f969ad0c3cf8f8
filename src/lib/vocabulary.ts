/**
 * The closed vocabularies of the content model, with the words readers see for each value.
 * Schemas, tables, filters and exports all read them from here. This file imports nothing, so
 * scripts/new-content.mjs can run it (through src/lib/scaffold.ts) with plain Node.
 */

/**
 * What the scaffold (`npm run new:framework`, `new:dimension`) writes for every value an editor must
 * supply. A draft may hold it anywhere, even as a source id; a published article may not.
 */
export const TODO = 'TODO';

export const FRAMEWORK_KINDS = ['open-source', 'managed-service'] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];
export const FRAMEWORK_KIND_LABELS: Record<FrameworkKind, string> = {
  'open-source': 'Open source',
  'managed-service': 'Managed cloud service',
};

/** The original article's effort scale, including its "Low–Medium" step. */
export const EFFORT_LEVELS = ['low', 'low-medium', 'medium', 'high'] as const;
export type EffortLevel = (typeof EFFORT_LEVELS)[number];
export const EFFORT_LABELS: Record<EffortLevel, string> = {
  low: 'Low',
  'low-medium': 'Low–Medium',
  medium: 'Medium',
  high: 'High',
};

export const COST_MODELS = ['free-open-source', 'pay-as-you-go'] as const;
export type CostModel = (typeof COST_MODELS)[number];
export const COST_MODEL_LABELS: Record<CostModel, string> = {
  'free-open-source': 'Free / open source (you pay for the infrastructure you run it on)',
  'pay-as-you-go': 'Pay as you go (usage-based cloud billing)',
};

/** The three groups of the original article's security and compliance section. */
export const COMPLIANCE_GROUPS = ['managed-cloud', 'self-managed-kubernetes', 'open-source-deployment'] as const;
export type ComplianceGroup = (typeof COMPLIANCE_GROUPS)[number];
export const COMPLIANCE_GROUP_LABELS: Record<ComplianceGroup, string> = {
  'managed-cloud': 'Managed cloud service: the provider’s attestations apply, scoped by service and region',
  'self-managed-kubernetes': 'Self-managed on Kubernetes: compliance is your responsibility',
  'open-source-deployment': 'Open source: compliance depends on where and how you deploy it',
};

export const SUPPORT_LEVELS = ['native', 'managed-add-on', 'via-integration', 'partial', 'none', 'unknown'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];
export const SUPPORT_LEVEL_LABELS: Record<SupportLevel, string> = {
  native: 'Native',
  'managed-add-on': 'Managed add-on',
  'via-integration': 'Via integration',
  partial: 'Partial',
  none: 'None',
  unknown: 'Unknown',
};
/** A text symbol per level so that support is never shown by colour alone. */
export const SUPPORT_LEVEL_SYMBOLS: Record<SupportLevel, string> = {
  native: '●',
  'managed-add-on': '◆',
  'via-integration': '◐',
  partial: '◔',
  none: '○',
  unknown: '?',
};
export const SUPPORT_LEVEL_MEANINGS: Record<SupportLevel, string> = {
  native: 'built into the framework or service and documented by its maintainers',
  'managed-add-on': 'offered by the same vendor as a separately enabled or separately billed component',
  'via-integration': 'available by connecting another tool, documented by either side',
  partial: 'covers part of the capability; the note says which part',
  none: 'not offered',
  unknown: 'we could not confirm it from a public source',
};

export const CAPABILITY_IDS = [
  'experiment-tracking',
  'model-registry',
  'pipeline-orchestration',
  'distributed-training',
  'managed-gpu-compute',
  'model-serving',
  'monitoring-drift',
  'feature-store',
  'data-versioning',
  'automl',
  'lineage-reproducibility',
  'access-control',
  'audit-logging',
  'genai-llm-tooling',
  'llm-tracing',
  'llm-evaluation',
  'prompt-registry',
  'ai-gateway',
] as const;
export type CapabilityId = (typeof CAPABILITY_IDS)[number];
export const CAPABILITY_LABELS: Record<CapabilityId, string> = {
  'experiment-tracking': 'Experiment tracking',
  'model-registry': 'Model registry',
  'pipeline-orchestration': 'Pipeline orchestration',
  'distributed-training': 'Distributed training',
  'managed-gpu-compute': 'Managed GPU compute',
  'model-serving': 'Model serving',
  'monitoring-drift': 'Monitoring and drift detection',
  'feature-store': 'Feature store',
  'data-versioning': 'Data versioning',
  automl: 'AutoML',
  'lineage-reproducibility': 'Lineage and reproducibility',
  'access-control': 'Access control',
  'audit-logging': 'Audit logging',
  'genai-llm-tooling': 'GenAI and LLM tooling',
  'llm-tracing': 'LLM and agent tracing',
  'llm-evaluation': 'LLM evaluation',
  'prompt-registry': 'Prompt registry',
  'ai-gateway': 'AI gateway',
};

/** Narrative dimensions whose per-framework statement lives in a framework's `profile`. */
export const PROFILE_FIELDS = ['implementationEffort', 'costModel', 'hiddenCosts', 'securityCompliance', 'scalability', 'infrastructureFit', 'teamSkills', 'portability'] as const;

/**
 * What readers see in place of a classic rating for a framework added after the original comparison
 * (its `seed` block is absent).
 */
export const NOT_IN_CLASSIC_COMPARISON = 'Not in the classic comparison';

/** Fields of a framework's `seed` block (the original article's columns) that a dimension may show. */
export const SEED_FIELDS = ['keyFeatures', 'strengths', 'limitations', 'bestFor', 'implementationEffort', 'costModel', 'hiddenCosts', 'complianceGroup'] as const;
export type SeedField = (typeof SEED_FIELDS)[number];

export const DIMENSION_GROUPS = ['overview', 'cost-and-effort', 'operations', 'capabilities'] as const;
export type DimensionGroup = (typeof DIMENSION_GROUPS)[number];
export const DIMENSION_GROUP_LABELS: Record<DimensionGroup, string> = {
  overview: 'Overview',
  'cost-and-effort': 'Cost and effort',
  operations: 'Fit, scale and risk',
  capabilities: 'Capabilities',
};

export const SOURCE_STANDINGS = ['official', 'third-party', 'unverified'] as const;
export type SourceStanding = (typeof SOURCE_STANDINGS)[number];
export const SOURCE_STANDING_LABELS: Record<SourceStanding, string> = {
  official: 'Official',
  'third-party': 'Third party',
  unverified: 'Unverified',
};

/** The original article's four checklist rules, in its order. */
export const SEED_RULES = ['kubernetes', 'managed-compliance', 'open-source', 'small-team'] as const;
