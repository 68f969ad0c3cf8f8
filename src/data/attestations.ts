/** The attestation matrix (content/data/attestations.yaml), in file order, as plain rows with ISO dates. */
import { getCollection } from 'astro:content';
import type { AttestationRow } from '../lib/compare/attestations';
import { isoDay } from '../lib/format';
import { inFileOrder } from '../lib/schema/common';
import { getFrameworks } from './frameworks';

export async function getAttestations(): Promise<AttestationRow[]> {
  const [entries, frameworks] = await Promise.all([getCollection('attestations'), getFrameworks()]);
  const published = new Set(frameworks.map((f) => f.id));
  return inFileOrder(entries)
    .filter((row) => published.has(row.framework))
    .map(({ cells, ...row }) => ({
      ...row,
      cells: cells && (Object.fromEntries(Object.entries(cells).map(([programme, cell]) => [programme, { ...cell, asOf: isoDay(cell.asOf) }])) as AttestationRow['cells']),
    }));
}

/** Every source the matrix cites, for the security and compliance page's list of sources. */
export async function attestationSourceIds(): Promise<string[]> {
  const rows = await getAttestations();
  return [...new Set(rows.flatMap((row) => [...(row.sources ?? []), ...Object.values(row.cells ?? {}).flatMap((cell) => cell.sources)]))];
}
