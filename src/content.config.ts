import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  decisionKnockoutSchema,
  decisionQuestionSchema,
  decisionRuleSchema,
  decisionSeedRuleSchema,
  decisionStackSchema,
} from './lib/content-schema';
import { dimensionSchema, effortProfileSchema, factSchema, frameworkSchema, glossaryTermSchema, guideSchema, peopleCostSchema, priceSchema, sourceSchema, withPosition } from './lib/schema';
import { yamlListInOrder, yamlListKeyedBy } from './data/loaders';
import { readDecisionVocabulary, readKnownIds } from './data/content-files';

const ids = readKnownIds();
const decisionVocabulary = readDecisionVocabulary();
const articles = (folder: string) => glob({ base: `./content/${folder}`, pattern: '*.mdx' });

export const collections = {
  sources: defineCollection({ loader: file('./content/data/sources.yaml'), schema: sourceSchema() }),
  frameworks: defineCollection({ loader: articles('frameworks'), schema: frameworkSchema(ids) }),
  dimensions: defineCollection({ loader: articles('dimensions'), schema: dimensionSchema() }),
  glossary: defineCollection({ loader: file('./content/data/glossary.yaml'), schema: glossaryTermSchema(ids) }),
  guides: defineCollection({ loader: articles('guides'), schema: guideSchema(ids) }),
  decisionQuestions: defineCollection({ loader: yamlListInOrder('./content/data/decision-questions.yaml'), schema: withPosition(decisionQuestionSchema()) }),
  decisionRules: defineCollection({ loader: yamlListInOrder('./content/data/decision-rules.yaml'), schema: withPosition(decisionRuleSchema(ids, decisionVocabulary)) }),
  decisionKnockouts: defineCollection({
    loader: yamlListInOrder('./content/data/decision-knockouts.yaml'),
    schema: withPosition(decisionKnockoutSchema(ids, decisionVocabulary)),
  }),
  decisionSeedRules: defineCollection({ loader: yamlListInOrder('./content/data/decision-seed-rules.yaml'), schema: withPosition(decisionSeedRuleSchema(ids)) }),
  decisionStacks: defineCollection({ loader: yamlListInOrder('./content/data/decision-stacks.yaml'), schema: withPosition(decisionStackSchema(ids)) }),
  prices: defineCollection({ loader: file('./content/data/prices.yaml'), schema: priceSchema(ids) }),
  facts: defineCollection({ loader: file('./content/data/facts.yaml'), schema: factSchema(ids) }),
  // One row per framework, keyed by its `framework` field rather than an `id`.
  effortProfiles: defineCollection({
    loader: yamlListKeyedBy('./content/data/effort-profiles.yaml', 'framework'),
    schema: effortProfileSchema(ids),
  }),
  peopleCosts: defineCollection({ loader: yamlListInOrder('./content/data/people-costs.yaml'), schema: withPosition(peopleCostSchema(ids)) }),
};
