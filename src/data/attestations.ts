/** The attestation matrix (content/data/attestations.yaml), in file order, as plain rows with ISO dates. */
import { getCollection } from 'astro:content';
import { publishedAttestationRows, type AttestationRow } from '../lib/compare/attestations';
import { inFileOrder } from '../lib/schema/common';
import { getFrameworks } from './frameworks';

export async function getAttestations(): Promise<AttestationRow[]> {
  const [entries, frameworks] = await Promise.all([getCollection('attestations'), getFrameworks()]);
  return publishedAttestationRows(inFileOrder(entries), new Set(frameworks.map((f) => f.id)));
}

/** Every source the matrix cites, for the security and compliance page's list of sources. */
export async function attestationSourceIds(): Promise<string[]> {
  const rows = await getAttestations();
  return [...new Set(rows.flatMap((row) => [...(row.sources ?? []), ...Object.values(row.cells ?? {}).flatMap((cell) => cell.sources)]))];
}
