import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  decisionKnockoutSchema,
  decisionQuestionSchema,
  decisionRuleSchema,
  decisionSeedRuleSchema,
  decisionStackSchema,
  effortProfileSchema,
  priceSchema,
} from './lib/content-schema';
import { dimensionSchema, frameworkSchema, glossaryTermSchema, guideSchema, sourceSchema } from './lib/schema';
import { readDecisionVocabulary, readKnownIds } from './lib/known-ids';

const ids = readKnownIds();
const decisionVocabulary = readDecisionVocabulary();
const articles = (folder: string) => glob({ base: `./content/${folder}`, pattern: '*.mdx' });

export const collections = {
  sources: defineCollection({ loader: file('./content/data/sources.yaml'), schema: sourceSchema() }),
  frameworks: defineCollection({ loader: articles('frameworks'), schema: frameworkSchema(ids) }),
  dimensions: defineCollection({ loader: articles('dimensions'), schema: dimensionSchema() }),
  glossary: defineCollection({ loader: file('./content/data/glossary.yaml'), schema: glossaryTermSchema(ids) }),
  guides: defineCollection({ loader: articles('guides'), schema: guideSchema(ids) }),
  decisionQuestions: defineCollection({ loader: file('./content/data/decision-questions.yaml'), schema: decisionQuestionSchema() }),
  decisionRules: defineCollection({ loader: file('./content/data/decision-rules.yaml'), schema: decisionRuleSchema(ids, decisionVocabulary) }),
  decisionKnockouts: defineCollection({
    loader: file('./content/data/decision-knockouts.yaml'),
    schema: decisionKnockoutSchema(ids, decisionVocabulary),
  }),
  decisionSeedRules: defineCollection({ loader: file('./content/data/decision-seed-rules.yaml'), schema: decisionSeedRuleSchema(ids) }),
  decisionStacks: defineCollection({ loader: file('./content/data/decision-stacks.yaml'), schema: decisionStackSchema(ids) }),
  prices: defineCollection({ loader: file('./content/data/prices.yaml'), schema: priceSchema(ids) }),
  effortProfiles: defineCollection({ loader: file('./content/data/effort-profiles.yaml'), schema: effortProfileSchema(ids) }),
};
