import type { APIRoute } from 'astro';
import { getOpenData } from '~/data';

/** The attestation matrix alone, with the open data's version, date and licence (frameworks.json holds it too). */
export const GET: APIRoute = async ({ site }) => {
  const { $schema, version, asOf, licence, attestationProgrammes, attestationStatuses, attestations } = await getOpenData(site);
  const body = { partOf: $schema.replace('frameworks.schema.json', 'frameworks.json'), version, asOf, licence, attestationProgrammes, attestationStatuses, attestations };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
