import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  decisionContradictionSchema,
  decisionCriterionSchema,
  decisionProfileSchema,
  decisionQuestionSchema,
  decisionScenarioSchema,
  decisionSeedRuleSchema,
} from './lib/schema/decision';
import { stackSchema } from './lib/schema/stacks';
import {
  dimensionSchema,
  effortProfileSchema,
  factSchema,
  frameworkSchema,
  glossaryTermSchema,
  guideSchema,
  peopleCostSchema,
  priceSchema,
  sourceSchema,
  withPosition,
} from './lib/schema';
import { attestationRowSchema } from './lib/schema/attestations';
import { yamlListInOrder, yamlListKeyedBy } from './data/loaders';
import { readDecisionCriteria, readDecisionVocabulary, readKnownIds } from './data/content-files';

const ids = readKnownIds();
const decisionVocabulary = readDecisionVocabulary();
const decisionCriteria = readDecisionCriteria(decisionVocabulary);
const articles = (folder: string) => glob({ base: `./content/${folder}`, pattern: '*.mdx' });

export const collections = {
  sources: defineCollection({ loader: file('./content/data/sources.yaml'), schema: sourceSchema() }),
  frameworks: defineCollection({ loader: articles('frameworks'), schema: frameworkSchema(ids) }),
  dimensions: defineCollection({ loader: articles('dimensions'), schema: dimensionSchema() }),
  glossary: defineCollection({ loader: file('./content/data/glossary.yaml'), schema: glossaryTermSchema(ids) }),
  guides: defineCollection({ loader: articles('guides'), schema: guideSchema(ids) }),
  decisionQuestions: defineCollection({ loader: yamlListInOrder('./content/data/decision-questions.yaml'), schema: withPosition(decisionQuestionSchema()) }),
  decisionCriteria: defineCollection({ loader: yamlListInOrder('./content/data/decision-criteria.yaml'), schema: withPosition(decisionCriterionSchema(decisionVocabulary)) }),
  // One row per framework, keyed by its `framework` field rather than an `id`.
  decisionProfiles: defineCollection({
    loader: yamlListKeyedBy('./content/data/decision-profiles.yaml', 'framework'),
    schema: decisionProfileSchema(ids, decisionVocabulary, decisionCriteria),
  }),
  decisionContradictions: defineCollection({
    loader: yamlListInOrder('./content/data/decision-contradictions.yaml'),
    schema: withPosition(decisionContradictionSchema(decisionVocabulary)),
  }),
  decisionScenarios: defineCollection({ loader: yamlListInOrder('./content/data/decision-scenarios.yaml'), schema: withPosition(decisionScenarioSchema(ids, decisionVocabulary)) }),
  decisionSeedRules: defineCollection({ loader: yamlListInOrder('./content/data/decision-seed-rules.yaml'), schema: withPosition(decisionSeedRuleSchema(ids)) }),
  // Stacks: the pair pages read them through src/data/editorial.ts, the checklist as options.
  decisionStacks: defineCollection({ loader: yamlListInOrder('./content/data/stacks.yaml'), schema: withPosition(stackSchema(ids)) }),
  prices: defineCollection({ loader: file('./content/data/prices.yaml'), schema: priceSchema(ids) }),
  facts: defineCollection({ loader: file('./content/data/facts.yaml'), schema: factSchema(ids) }),
  // One row per framework, keyed by its `framework` field rather than an `id`.
  effortProfiles: defineCollection({
    loader: yamlListKeyedBy('./content/data/effort-profiles.yaml', 'framework'),
    schema: effortProfileSchema(ids),
  }),
  // The attestation matrix: one row per framework and hosted form, each with its own `id`.
  attestations: defineCollection({ loader: yamlListInOrder('./content/data/attestations.yaml'), schema: withPosition(attestationRowSchema(ids)) }),
  peopleCosts: defineCollection({ loader: yamlListInOrder('./content/data/people-costs.yaml'), schema: withPosition(peopleCostSchema(ids)) }),
};
