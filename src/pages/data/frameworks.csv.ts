import type { APIRoute } from 'astro';
import { getOpenData } from '~/data';
import { toFrameworksCsv } from '~/lib/open-data/build';

/** One row per framework, with three columns per capability. */
export const GET: APIRoute = async ({ site }) => new Response(toFrameworksCsv(await getOpenData(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
