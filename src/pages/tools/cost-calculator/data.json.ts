/** The calculator's numbers as JSON: its engine fetches them on first need, keeping them out of the page's HTML. */
import type { APIRoute } from 'astro';
import { getCostIslandData } from '~/data';

export const GET: APIRoute = async () => {
  const { data, pricesAsOf } = await getCostIslandData();
  return new Response(JSON.stringify({ data, pricesAsOf }), { headers: { 'Content-Type': 'application/json' } });
};
