import type { APIRoute } from 'astro';
import { getCostIslandData } from '~/data';

/** The cost calculator's data, for the likely cost the decision checklist shows beside each framework. */
export const GET: APIRoute = async () => new Response(JSON.stringify((await getCostIslandData()).data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
