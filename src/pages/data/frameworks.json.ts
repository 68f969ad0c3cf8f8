import type { APIRoute } from 'astro';
import { getOpenData } from '~/data';

/** Every framework's facts, ratings and capability levels, with the sources they cite. */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(await getOpenData(site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
