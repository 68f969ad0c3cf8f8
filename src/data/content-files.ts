/**
 * The one disk reader: reads content/ straight from disk with node:fs, for what runs without Astro's
 * collections. First, before the collections exist, which source, framework and price ids there are,
 * and the checklist's questions, so that the content schemas can reject an unknown id with a message
 * that names it (see src/lib/schema/common.ts). Then the models, parsed through the same schemas
 * and assembled by the same functions (src/lib/models) as the build's collections, for tests and
 * scripts, and the editorial documents that are not collections.
 * Node-only: used by src/content.config.ts, src/data/editorial.ts, tests and scripts; never by pages
 * or the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { newestFirst } from '../lib/changes';
import { publishedAttestationRows, type AttestationRow } from '../lib/compare/attestations';
import type { CostData } from '../lib/cost/types';
import type { DecisionModel } from '../lib/decision/model';
import type { FactEntry, PriceForFact, ResolvedFact } from '../lib/facts';
import { assembleCostData } from '../lib/models/cost';
import { assembleDecisionModel } from '../lib/models/decision';
import { assembleFacts } from '../lib/models/facts';
import { inDisplayOrder } from '../lib/models/order';
import { describeIssues, type KnownIds } from '../lib/schema/common';
import { attestationRowSchema } from '../lib/schema/attestations';
import { changeSchema, type ChangeData } from '../lib/schema/changes';
import { combinationsOf, type CombinationData } from '../lib/schema/combinations';
import { effortProfileSchema, peopleCostSchema, priceSchema } from '../lib/schema/cost';
import {
  ANSWER_SOURCES,
  decisionContradictionSchema,
  decisionCriterionSchema,
  decisionProfileSchema,
  decisionQuestionSchema,
  decisionScenarioSchema,
  type DecisionCriterionData,
  type DecisionScenarioData,
  type DecisionVocabulary,
} from '../lib/schema/decision';
import { frameworkSchema } from '../lib/schema/framework';
import { rubricSchema, type RubricData } from '../lib/schema/rubric';
import { sourceSchema } from '../lib/schema/source';
import { stackListSchema, stackSchema } from '../lib/schema/stacks';

const CONTENT_DIR = 'content';

function readSourceIds(root = '.'): Set<string> {
  const path = join(root, CONTENT_DIR, 'data', 'sources.yaml');
  const entries: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${path}: expected a list of sources`);
  const ids = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') throw new Error(`${path}: entry ${index + 1} has no string "id"`);
    if (ids.has(id)) throw new Error(`${path}: source id "${id}" is listed twice`);
    ids.add(id);
  }
  return ids;
}

export function readEntryIds(collection: string, root = '.'): Set<string> {
  return new Set(
    readdirSync(join(root, CONTENT_DIR, collection))
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
      .map((name) => name.slice(0, -'.mdx'.length)),
  );
}

/** Ids of content/data/prices.yaml, which the effort profiles refer to. */
function readPriceIds(root = '.'): Set<string> {
  const path = join(root, CONTENT_DIR, 'data', 'prices.yaml');
  const entries: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${path}: expected a list of prices`);
  return new Set(entries.map((entry) => String((entry as { id?: unknown } | null)?.id)));
}

export function readKnownIds(root = '.'): KnownIds {
  return { sources: readSourceIds(root), frameworks: readEntryIds('frameworks', root), prices: readPriceIds(root), facts: readFacts(root) };
}

function readList(root: string, file: string): Array<Record<string, unknown>> {
  const entries: unknown = parse(readFileSync(join(root, CONTENT_DIR, 'data', file), 'utf8'));
  return Array.isArray(entries) ? entries.filter((entry): entry is Record<string, unknown> => !!entry && typeof entry === 'object') : [];
}

const asDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

/**
 * The facts of content/data/facts.yaml, resolved (price facts take their figure from prices.yaml),
 * for the frontmatter schemas. Entries are read as written: the facts collection's own schema
 * reports a malformed one, naming the field.
 */
export function readFacts(root = '.'): Map<string, ResolvedFact> {
  const prices = readList(root, 'prices.yaml').map((p): PriceForFact => ({
    id: String(p.id),
    unit: String(p.unit),
    usd: typeof p.usd === 'number' ? p.usd : null,
    source: String(p.source),
    asOf: asDate(p.asOf),
  }));
  const facts = readList(root, 'facts.yaml').map((raw): FactEntry => ({
    id: String(raw.id),
    label: String(raw.label ?? raw.id),
    kind: String(raw.kind),
    value: raw.value === undefined ? undefined : String(raw.value),
    price: raw.price === undefined ? undefined : String(raw.price),
    unit: raw.unit === undefined ? undefined : String(raw.unit),
    text: raw.text === undefined ? undefined : String(raw.text),
    subject: raw.subject === undefined ? undefined : String(raw.subject),
    sources: Array.isArray(raw.sources) ? raw.sources.map(String) : undefined,
    asOf: raw.asOf === undefined ? undefined : asDate(raw.asOf),
    typed: Array.isArray(raw.typed) ? raw.typed.map(String) : [],
  }));
  return assembleFacts(facts, prices);
}

/**
 * Which questions and answers the decision checklist has, so that its rules can be checked against
 * them. Malformed entries are skipped here: the questions' own schema reports them, naming the field.
 */
export function readDecisionVocabulary(root = '.'): DecisionVocabulary {
  const entries: unknown = parse(readFileSync(join(root, CONTENT_DIR, 'data', 'decision-questions.yaml'), 'utf8'));
  const vocabulary = new Map<string, Set<string>>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const { id, answers, answersFrom } = (entry ?? {}) as { id?: unknown; answers?: unknown; answersFrom?: unknown };
    if (typeof id !== 'string') continue;
    const listed = Array.isArray(answers) ? answers.map((a) => String((a as { id?: unknown } | null)?.id)) : [];
    const generated = typeof answersFrom === 'string' && answersFrom in ANSWER_SOURCES ? ANSWER_SOURCES[answersFrom as keyof typeof ANSWER_SOURCES] : [];
    vocabulary.set(id, new Set([...listed, ...generated]));
  }
  return vocabulary;
}

/**
 * The decision criteria, parsed, so that the profiles can be checked against their levels. Entries
 * that do not parse are skipped here: the criteria's own schema reports them, naming the field.
 */
export function readDecisionCriteria(questions: DecisionVocabulary, root = '.'): DecisionCriterionData[] {
  const entries: unknown = parse(readFileSync(join(root, CONTENT_DIR, 'data', 'decision-criteria.yaml'), 'utf8'));
  const schema = decisionCriterionSchema(questions);
  return (Array.isArray(entries) ? entries : []).flatMap((entry) => {
    const result = schema.safeParse(entry);
    return result.success ? [result.data] : [];
  });
}

/** A YAML list of content/data, each entry checked by `schema`; a failure names the file, the entry and the field. */
function parsedList<S extends z.ZodType>(root: string, file: string, schema: S, key = 'id'): Array<z.output<S>> {
  return readList(root, file).map((raw, index) => {
    const result = schema.safeParse(raw);
    if (!result.success) throw new Error(`content/data/${file} ${String(raw[key] ?? `entry ${index + 1}`)}: ${describeIssues(result.error).join('; ')}`);
    return result.data;
  });
}

/** A YAML document of content/data checked by `schema`, with every problem listed by field. */
function parsedDocument<S extends z.ZodType>(root: string, file: string, schema: S): z.output<S> {
  const result = schema.safeParse(parse(readFileSync(join(root, CONTENT_DIR, 'data', file), 'utf8')));
  if (!result.success) throw new Error(`content/data/${file}:\n  ${describeIssues(result.error).join('\n  ')}`);
  return result.data;
}

/** The published framework articles in display order, their frontmatter checked by the framework schema. */
export function readFrameworks(root = '.', ids: KnownIds = readKnownIds(root)) {
  const schema = frameworkSchema(ids);
  const entries = [...readEntryIds('frameworks', root)].map((id) => {
    const path = join(CONTENT_DIR, 'frameworks', `${id}.mdx`);
    const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(join(root, path), 'utf8'));
    if (!match) throw new Error(`${path}: no frontmatter block`);
    const result = schema.safeParse(parse(match[1]!));
    if (!result.success) throw new Error(`${path}: ${describeIssues(result.error).join('; ')}`);
    return { id, data: result.data, body: match[2]! };
  });
  return inDisplayOrder(entries, { drafts: false });
}

/** The attestation matrix of the published frameworks, as the build reads it (src/data/attestations.ts). */
export function readAttestations(root = '.', ids: KnownIds = readKnownIds(root)): AttestationRow[] {
  const published = new Set(readFrameworks(root, ids).map((f) => f.id));
  return publishedAttestationRows(parsedList(root, 'attestations.yaml', attestationRowSchema(ids)), published);
}

/** The decision checklist's model, as the build assembles it (src/data/decision.ts). */
export function readDecisionModel(root = '.'): DecisionModel {
  const ids = readKnownIds(root);
  const vocabulary = readDecisionVocabulary(root);
  const criteria = parsedList(root, 'decision-criteria.yaml', decisionCriterionSchema(vocabulary));
  const frameworks = readFrameworks(root, ids);
  return assembleDecisionModel({
    questions: parsedList(root, 'decision-questions.yaml', decisionQuestionSchema()),
    criteria,
    contradictions: parsedList(root, 'decision-contradictions.yaml', decisionContradictionSchema(vocabulary)),
    stacks: parsedList(root, 'stacks.yaml', stackSchema(ids)),
    profiles: parsedList(root, 'decision-profiles.yaml', decisionProfileSchema(ids, vocabulary, criteria), 'framework') as Array<Record<string, unknown> & { framework: string }>,
    frameworks,
    sourceTitles: new Map(parsedList(root, 'sources.yaml', sourceSchema()).map((s) => [s.id, s.title])),
    attestations: publishedAttestationRows(parsedList(root, 'attestations.yaml', attestationRowSchema(ids)), new Set(frameworks.map((f) => f.id))),
  });
}

/** The team archetypes of decision-scenarios.yaml, in file order. */
export function readDecisionScenarios(root = '.'): DecisionScenarioData[] {
  return parsedList(root, 'decision-scenarios.yaml', decisionScenarioSchema(readKnownIds(root), readDecisionVocabulary(root)));
}

/** The held-back archetypes of decision-scenarios-new.yaml: sourced cases the checklist does not meet yet. */
export function readHeldDecisionScenarios(root = '.'): DecisionScenarioData[] {
  return parsedList(root, 'decision-scenarios-new.yaml', decisionScenarioSchema(readKnownIds(root), readDecisionVocabulary(root)));
}

/** The cost calculator's data, as the build assembles it (src/data/cost.ts). */
export function readCostData(root = '.'): CostData & { pricesAsOf: string } {
  const ids = readKnownIds(root);
  return assembleCostData({
    prices: parsedList(root, 'prices.yaml', priceSchema(ids)),
    profiles: parsedList(root, 'effort-profiles.yaml', effortProfileSchema(ids), 'framework'),
    people: parsedList(root, 'people-costs.yaml', peopleCostSchema(ids)),
    frameworks: readFrameworks(root, ids),
    stacks: parsedList(root, 'stacks.yaml', stackSchema(ids)),
    sourceTitles: new Map(parsedList(root, 'sources.yaml', sourceSchema()).map((s) => [s.id, s.title])),
  });
}

/** The capability rubric (content/data/capability-rubric.yaml). */
export function readRubric(root = '.'): RubricData {
  return parsedDocument(root, 'capability-rubric.yaml', rubricSchema());
}

/** The tools usually run together: the two-member stacks of content/data/stacks.yaml. */
export function readCombinations(root = '.'): CombinationData[] {
  return combinationsOf(parsedDocument(root, 'stacks.yaml', stackListSchema(readKnownIds(root))));
}

/** Every change (content/data/changes.yaml), newest first (file order within a day). */
export function readChanges(root = '.'): ChangeData[] {
  return newestFirst(parsedDocument(root, 'changes.yaml', changeSchema(readKnownIds(root)).array()));
}
