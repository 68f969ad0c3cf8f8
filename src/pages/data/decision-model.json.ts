import type { APIRoute } from 'astro';
import { getDecisionModel } from '../../data';

/**
 * The decision checklist's model as JSON. Embedded checklists fetch it when they come into view,
 * instead of carrying it in every article's HTML.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getDecisionModel()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
