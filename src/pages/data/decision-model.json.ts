import type { APIRoute } from 'astro';
import { getDecisionModel } from '~/data';
import { rank } from '~/lib/decision/engine';

/**
 * The decision checklist's model as JSON. Embedded checklists fetch it when they come into view,
 * instead of carrying it in every article's HTML. `blank` is the ranking with no answers, so the
 * live checklist's first render needs no scoring code (it loads with the first answer).
 */
export const GET: APIRoute = async () => {
  const model = await getDecisionModel();
  return new Response(JSON.stringify({ ...model, blank: rank(model, {}) }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
