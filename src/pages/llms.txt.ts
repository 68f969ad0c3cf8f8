import type { APIRoute } from 'astro';
import { getOpenData } from '../data';
import { llmsTxt } from '../lib/open-data/build';

/** What the site is, with links to a plain-text version of each framework page and to the data. */
export const GET: APIRoute = async ({ site }) => new Response(llmsTxt(await getOpenData(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
