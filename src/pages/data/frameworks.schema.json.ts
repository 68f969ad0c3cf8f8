import type { APIRoute } from 'astro';
import { siteBase } from '~/data';
import { openDataUrls } from '~/lib/open-data/build';
import { openDataJsonSchema } from '~/lib/open-data/schema';

/** The JSON Schema of /data/frameworks.json, generated from the zod schema the tests check it with. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(openDataJsonSchema(openDataUrls(siteBase(site)).schema), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
