import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import {
  dimensionSchema,
  effortProfileSchema,
  frameworkSchema,
  glossaryTermSchema,
  guideSchema,
  priceSchema,
  sourceSchema,
} from './lib/content-schema';
import { readDecisionCriteria, readDecisionVocabulary, readKnownIds } from './lib/known-ids';
import {
  decisionContradictionSchema,
  decisionCriterionSchema,
  decisionProfileSchema,
  decisionQuestionSchema,
  decisionScenarioSchema,
  decisionSeedRuleSchema,
  decisionStackSchema,
} from './lib/schema/decision';

const ids = readKnownIds();

/** Profile rows are keyed by `framework` rather than `id`; a row without one is kept so its schema names the gap. */
function profileEntries(text: string): Record<string, Record<string, unknown>> {
  const rows: unknown = parse(text);
  const list = Array.isArray(rows) ? (rows as Array<Record<string, unknown>>) : [];
  return Object.fromEntries(list.map((row, index) => [typeof row?.framework === 'string' ? row.framework : `row-${index + 1}`, row ?? {}]));
}
const decisionVocabulary = readDecisionVocabulary();
const decisionCriteria = readDecisionCriteria(decisionVocabulary);
const articles = (folder: string) => glob({ base: `./content/${folder}`, pattern: '*.mdx' });

export const collections = {
  sources: defineCollection({ loader: file('./content/data/sources.yaml'), schema: sourceSchema() }),
  frameworks: defineCollection({ loader: articles('frameworks'), schema: frameworkSchema(ids) }),
  dimensions: defineCollection({ loader: articles('dimensions'), schema: dimensionSchema() }),
  glossary: defineCollection({ loader: file('./content/data/glossary.yaml'), schema: glossaryTermSchema(ids) }),
  guides: defineCollection({ loader: articles('guides'), schema: guideSchema(ids) }),
  decisionQuestions: defineCollection({ loader: file('./content/data/decision-questions.yaml'), schema: decisionQuestionSchema() }),
  decisionCriteria: defineCollection({ loader: file('./content/data/decision-criteria.yaml'), schema: decisionCriterionSchema(decisionVocabulary) }),
  decisionProfiles: defineCollection({
    // Rows are keyed by `framework`, so the loader is told which field is the entry id.
    loader: file('./content/data/decision-profiles.yaml', { parser: (text) => profileEntries(text) }),
    schema: decisionProfileSchema(ids, decisionVocabulary, decisionCriteria),
  }),
  decisionContradictions: defineCollection({ loader: file('./content/data/decision-contradictions.yaml'), schema: decisionContradictionSchema(decisionVocabulary) }),
  decisionScenarios: defineCollection({ loader: file('./content/data/decision-scenarios.yaml'), schema: decisionScenarioSchema(ids, decisionVocabulary) }),
  decisionSeedRules: defineCollection({ loader: file('./content/data/decision-seed-rules.yaml'), schema: decisionSeedRuleSchema(ids) }),
  decisionStacks: defineCollection({ loader: file('./content/data/decision-stacks.yaml'), schema: decisionStackSchema(ids) }),
  prices: defineCollection({ loader: file('./content/data/prices.yaml'), schema: priceSchema(ids) }),
  effortProfiles: defineCollection({ loader: file('./content/data/effort-profiles.yaml'), schema: effortProfileSchema(ids) }),
};
