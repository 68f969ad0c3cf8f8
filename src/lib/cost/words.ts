/**
 * The cost model's closed word lists. This file imports nothing, so the schemas of the cost data
 * (src/lib/schema/cost.ts) and the model's own types can both read it without importing each other.
 */

/** The clouds whose list prices are in content/data/prices.yaml. */
export const CLOUDS = ['aws', 'azure', 'gcp'] as const;
export type Cloud = (typeof CLOUDS)[number];

/** How a framework is run: by the reader's team, by the cloud provider, or by the vendor. */
export const HOSTING_MODES = ['self-hosted', 'cloud', 'saas'] as const;
export type HostingMode = (typeof HOSTING_MODES)[number];

/** What drives a hosting mode's operations hours (the schema checks each; the model sums them). */
export const OPS_DRIVERS = ['base', 'perModel', 'perPipeline', 'perUser'] as const;

/** The three points of every estimate. */
export const POINTS = ['low', 'likely', 'high'] as const;
export type Point = (typeof POINTS)[number];
