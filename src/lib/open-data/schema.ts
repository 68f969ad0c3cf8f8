/**
 * The published shape of /data/frameworks.json. The JSON Schema at /data/frameworks.schema.json is
 * generated from this zod schema, and the site tests parse the built file with it, so the schema a
 * reader downloads is the one the data is checked against. Not imported by islands (zod is heavy).
 */
import { z } from 'astro/zod';
import { CAPABILITY_IDS, FRAMEWORK_KINDS, PROFILE_FIELDS, SOURCE_STANDINGS, SUPPORT_LEVELS } from '../vocabulary';
import { frameworkSeedSchema } from '../schema/framework';
import { CURRENT_ROW_IDS } from '../compare/current';
import { ATTESTATION_FORMS, ATTESTATION_PROGRAMMES, ATTESTATION_STATUSES } from '../compare/attestation-vocabulary';

/** Bump the major version when a field is removed or changes meaning; the minor when one is added. */
export const OPEN_DATA_VERSION = '1.2.0';
export const DATA_LICENCE_ID = 'CC-BY-4.0';
export const DATA_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';
export const DATA_LICENCE_STATEMENT =
  'The structured data (ids, levels, ratings, dates, source references) is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): reuse it with credit to the MLOps Field Guide. The prose (notes, statements and articles) remains the guide’s own and is not covered by that licence.';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A date, YYYY-MM-DD');
const sourceIds = z.array(z.string().min(1)).min(1).describe('Ids of entries in `sources`');
const cited = z.strictObject({ text: z.string().min(1), sources: sourceIds });
const currentCell = z.strictObject({
  text: z.string().min(1),
  sources: sourceIds,
  link: z
    .strictObject({ href: z.url(), text: z.string().min(1) })
    .optional()
    .describe('Where the cell’s figure comes from (the cost calculator with the reference team’s inputs)'),
});
const attestationCell = z.strictObject({
  status: z.enum(ATTESTATION_STATUSES),
  scope: z.string().min(1).describe('Which services, regions, tiers or partitions the status covers'),
  asOf: isoDay,
  sources: sourceIds,
});

export const openDataSchema = z.strictObject({
  $schema: z.url(),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  asOf: isoDay.describe('The newest review date of the data'),
  licence: z.strictObject({ id: z.literal(DATA_LICENCE_ID), url: z.url(), statement: z.string().min(1) }),
  site: z.url(),
  supportLevels: z.array(z.strictObject({ id: z.enum(SUPPORT_LEVELS), label: z.string(), symbol: z.string(), meaning: z.string() })),
  capabilities: z.array(z.strictObject({ id: z.enum(CAPABILITY_IDS), label: z.string() })),
  frameworks: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      title: z.string().min(1),
      shortName: z.string().min(1),
      description: z.string().min(1),
      vendor: z.string().min(1),
      kind: z.enum(FRAMEWORK_KINDS),
      website: z.url(),
      page: z.url().describe('The framework’s page in the guide'),
      markdown: z.url().describe('A plain-text (Markdown) version of that page'),
      lastReviewed: isoDay,
      maintainer: cited,
      license: cited,
      latestVersion: z.strictObject({ value: z.string().min(1), asOf: isoDay, sources: sourceIds }),
      seed: frameworkSeedSchema().optional().describe('The classic six-framework comparison’s ratings; only the six it covered have them'),
      current: z
        .strictObject(Object.fromEntries(CURRENT_ROW_IDS.map((id) => [id, currentCell])) as Record<(typeof CURRENT_ROW_IDS)[number], typeof currentCell>)
        .describe(
          'The current rows every comparison shows: kind and licence, hosting, cost at the calculator’s reference team, effort, Kubernetes, lock-in, attestations, GenAI, team fit',
        ),
      profile: z.strictObject(Object.fromEntries(PROFILE_FIELDS.map((f) => [f, cited])) as Record<(typeof PROFILE_FIELDS)[number], typeof cited>),
      capabilities: z.strictObject(
        Object.fromEntries(CAPABILITY_IDS.map((id) => [id, z.strictObject({ level: z.enum(SUPPORT_LEVELS), note: z.string().min(1), sources: sourceIds })])) as Record<
          (typeof CAPABILITY_IDS)[number],
          z.ZodObject<{ level: z.ZodEnum<{ [K in (typeof SUPPORT_LEVELS)[number]]: K }>; note: z.ZodString; sources: typeof sourceIds }>
        >,
      ),
    }),
  ),
  attestationProgrammes: z.array(z.strictObject({ id: z.enum(ATTESTATION_PROGRAMMES), label: z.string() })),
  attestationStatuses: z.array(z.strictObject({ id: z.enum(ATTESTATION_STATUSES), label: z.string(), symbol: z.string(), meaning: z.string() })),
  attestations: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        framework: z.string().regex(/^[a-z0-9-]+$/),
        form: z.enum(ATTESTATION_FORMS),
        product: z.string().min(1),
        note: z.string().min(1).optional().describe('Self-hosted rows: why your environment’s attestations apply'),
        sources: sourceIds.optional(),
        cells: z
          .strictObject(Object.fromEntries(ATTESTATION_PROGRAMMES.map((id) => [id, attestationCell])) as Record<(typeof ATTESTATION_PROGRAMMES)[number], typeof attestationCell>)
          .optional()
          .describe('Hosted rows only: one cell per programme'),
      }),
    )
    .describe('The attestation matrix: each framework by hosted form'),
  sources: z.array(
    z.strictObject({
      id: z.string().min(1),
      number: z.number().int().min(1).describe('The source’s number on the guide’s sources page'),
      title: z.string().min(1),
      publisher: z.string().min(1),
      url: z.url(),
      read: isoDay,
      standing: z.enum(SOURCE_STANDINGS),
      note: z.string().min(1).optional(),
    }),
  ),
});

export type OpenData = z.infer<typeof openDataSchema>;
export type OpenDataFramework = OpenData['frameworks'][number];

export function openDataJsonSchema(schemaUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(openDataSchema),
    $id: schemaUrl,
    title: 'MLOps Field Guide: frameworks',
    description: `Frameworks, their ratings and capability support levels, with sources. ${DATA_LICENCE_STATEMENT}`,
  };
}
