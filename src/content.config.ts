import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  dimensionSchema,
  effortProfileSchema,
  frameworkSchema,
  glossaryTermSchema,
  guideSchema,
  priceSchema,
  sourceSchema,
} from './lib/content-schema';
import { readKnownIds } from './lib/known-ids';

const ids = readKnownIds();
const articles = (folder: string) => glob({ base: `./content/${folder}`, pattern: '*.mdx' });

export const collections = {
  sources: defineCollection({ loader: file('./content/data/sources.yaml'), schema: sourceSchema() }),
  frameworks: defineCollection({ loader: articles('frameworks'), schema: frameworkSchema(ids) }),
  dimensions: defineCollection({ loader: articles('dimensions'), schema: dimensionSchema() }),
  glossary: defineCollection({ loader: file('./content/data/glossary.yaml'), schema: glossaryTermSchema(ids) }),
  guides: defineCollection({ loader: articles('guides'), schema: guideSchema(ids) }),
  prices: defineCollection({ loader: file('./content/data/prices.yaml'), schema: priceSchema(ids) }),
  effortProfiles: defineCollection({ loader: file('./content/data/effort-profiles.yaml'), schema: effortProfileSchema(ids) }),
};
