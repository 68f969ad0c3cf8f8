import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { effortProfileSchema, priceSchema } from './lib/content-schema';
import {
  decisionContradictionSchema,
  decisionCriterionSchema,
  decisionProfileSchema,
  decisionQuestionSchema,
  decisionScenarioSchema,
  decisionSeedRuleSchema,
  decisionStackSchema,
} from './lib/schema/decision';
import { dimensionSchema, factSchema, frameworkSchema, glossaryTermSchema, guideSchema, sourceSchema, withPosition } from './lib/schema';
import { yamlListInOrder, yamlRowsByFramework } from './data/loaders';
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
  decisionProfiles: defineCollection({
    loader: yamlRowsByFramework('./content/data/decision-profiles.yaml'),
    schema: decisionProfileSchema(ids, decisionVocabulary, decisionCriteria),
  }),
  decisionContradictions: defineCollection({
    loader: yamlListInOrder('./content/data/decision-contradictions.yaml'),
    schema: withPosition(decisionContradictionSchema(decisionVocabulary)),
  }),
  decisionScenarios: defineCollection({ loader: yamlListInOrder('./content/data/decision-scenarios.yaml'), schema: withPosition(decisionScenarioSchema(ids, decisionVocabulary)) }),
  decisionSeedRules: defineCollection({ loader: yamlListInOrder('./content/data/decision-seed-rules.yaml'), schema: withPosition(decisionSeedRuleSchema(ids)) }),
  decisionStacks: defineCollection({ loader: yamlListInOrder('./content/data/decision-stacks.yaml'), schema: withPosition(decisionStackSchema(ids)) }),
  prices: defineCollection({ loader: file('./content/data/prices.yaml'), schema: priceSchema(ids) }),
  facts: defineCollection({ loader: file('./content/data/facts.yaml'), schema: factSchema(ids) }),
  effortProfiles: defineCollection({ loader: file('./content/data/effort-profiles.yaml'), schema: effortProfileSchema(ids) }),
};
