import type { APIRoute } from 'astro';
import { getOpenData } from '~/data';
import { toAttestationsCsv } from '~/lib/open-data/build';

/** The attestation matrix: one row per framework and hosted form, four columns per programme. */
export const GET: APIRoute = async ({ site }) => new Response(toAttestationsCsv(await getOpenData(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
