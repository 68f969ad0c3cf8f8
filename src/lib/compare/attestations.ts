/**
 * The attestation matrix as data for pages, exports and summaries, and the rule that turns a
 * framework's rows into the decision checklist's compliance levels. Names no framework: rows are data.
 */
import {
  ATTESTATION_CELL_PARTS,
  ATTESTATION_FORM_LABELS,
  ATTESTATION_PROGRAMMES,
  ATTESTATION_ROW_KEYS,
  ATTESTATION_ROW_KEY_LABELS,
  ATTESTATION_PROGRAMME_LABELS,
  ATTESTATION_STATUS_LABELS,
  ATTESTATION_STATUS_SYMBOLS,
  SELF_HOSTED_ATTESTATIONS,
  type AttestationCellPart,
  type AttestationForm,
  type AttestationProgramme,
  type AttestationStatus,
} from './attestation-vocabulary';

export interface AttestationCell {
  status: AttestationStatus;
  scope: string;
  /** YYYY-MM-DD */
  asOf: string;
  sources: string[];
}

export interface AttestationRow {
  id: string;
  framework: string;
  form: AttestationForm;
  product: string;
  note?: string | undefined;
  sources?: string[] | undefined;
  cells?: Record<AttestationProgramme, AttestationCell> | undefined;
}

/**
 * Parsed rows (dates as Date) of the published frameworks, in file order, as plain rows with ISO
 * dates: the build (src/data/attestations.ts) and the disk reader both use it.
 */
export function publishedAttestationRows(
  parsed: ReadonlyArray<Omit<AttestationRow, 'cells'> & { cells?: Record<AttestationProgramme, Omit<AttestationCell, 'asOf'> & { asOf: Date }> | undefined }>,
  published: ReadonlySet<string>,
): AttestationRow[] {
  return parsed
    .filter((row) => published.has(row.framework))
    .map(({ cells, ...row }) => ({
      ...row,
      cells:
        cells &&
        (Object.fromEntries(Object.entries(cells).map(([programme, cell]) => [programme, { ...cell, asOf: cell.asOf.toISOString().slice(0, 10) }])) as AttestationRow['cells']),
    }));
}

/** Strongest first: what a framework's best hosted form offers decides its summary and checklist level. */
const STRENGTH: Record<AttestationStatus, number> = { yes: 4, conditional: 3, stated: 2, partition: 1, 'not-found': 0 };

export const rowsOf = (rows: readonly AttestationRow[], framework: string) => rows.filter((row) => row.framework === framework);
const hosted = (rows: readonly AttestationRow[]) => rows.filter((row) => row.cells);

/** The strongest cell for one programme across a framework's hosted rows, or undefined when it has none. */
export function bestCell(rows: readonly AttestationRow[], programme: AttestationProgramme): AttestationCell | undefined {
  return hosted(rows)
    .map((row) => row.cells![programme])
    .reduce<AttestationCell | undefined>((best, cell) => (!best || STRENGTH[cell.status] > STRENGTH[best.status] ? cell : best), undefined);
}

/** The checklist's programmes and the matrix column each one reads. */
export const CHECKLIST_PROGRAMMES = {
  soc2: 'soc2',
  hipaa: 'hipaa',
  'fedramp-moderate': 'fedramp-moderate',
  'fedramp-high': 'fedramp-high',
  'data-residency': 'residency',
} as const satisfies Record<string, AttestationProgramme>;
export type ChecklistProgramme = keyof typeof CHECKLIST_PROGRAMMES;

/**
 * The decision checklist's compliance level (decision-criteria.yaml, criterion `compliance`) that a
 * framework's rows imply: its strongest hosted cell decides (in scope → in-scope; with conditions or
 * only stated by the vendor → partial; a separate partition → separate-partition). Without one, a
 * framework you can self-host leaves the work to you: you carry SOC 2 and HIPAA controls, you
 * authorise FedRAMP, you control residency. A framework with neither is `not-covered`.
 */
export function checklistComplianceLevel(rows: readonly AttestationRow[], programme: ChecklistProgramme): string {
  const cell = bestCell(rows, CHECKLIST_PROGRAMMES[programme]);
  if (cell?.status === 'yes') return 'in-scope';
  if (cell?.status === 'conditional' || cell?.status === 'stated') return 'partial';
  if (cell?.status === 'partition') return 'separate-partition';
  if (!rows.some((row) => row.form === 'self-hosted')) return 'not-covered';
  if (programme === 'data-residency') return 'you-control';
  return programme.startsWith('fedramp') ? 'you-authorise' : 'you-carry';
}

/** "SOC 2 Type II, ISO 27001" from a list of programmes. */
const labelsOf = (programmes: readonly AttestationProgramme[]) => programmes.map((p) => ATTESTATION_PROGRAMME_LABELS[p]).join(', ');

/**
 * One sentence per form, for a compare cell or the framework matrix: which programmes each hosted
 * form covers, grouped by status, then the self-hosted form's "your environment's attestations".
 */
export function attestationSummary(rows: readonly AttestationRow[]): { text: string; sources: string[] } {
  const parts = rows.map((row) => {
    // A comma, not brackets: product names carry brackets of their own ("Vertex AI (Gemini Enterprise Agent Platform)").
    const form = `${ATTESTATION_FORM_LABELS[row.form]}, ${row.product}`;
    if (!row.cells) return `${form}: ${SELF_HOSTED_ATTESTATIONS.toLowerCase()}.`;
    const groups = (['yes', 'conditional', 'stated', 'partition'] as const)
      .map((status) => ({ status, programmes: ATTESTATION_PROGRAMMES.filter((p) => row.cells![p].status === status) }))
      .filter((g) => g.programmes.length > 0)
      .map((g) => `${ATTESTATION_STATUS_LABELS[g.status].toLowerCase()}: ${labelsOf(g.programmes)}`);
    return `${form}: ${groups.length > 0 ? groups.join('; ') : 'no attestation found'}.`;
  });
  const sources = [...new Set(rows.flatMap((row) => row.sources ?? Object.values(row.cells ?? {}).flatMap((c) => c.sources)))];
  return { text: parts.join(' '), sources };
}

/** The few programmes the framework matrix shows as symbols; the rest are on the security page. */
export const KEY_PROGRAMMES = ['soc2', 'hipaa', 'fedramp-high'] as const satisfies readonly AttestationProgramme[];

/** "SOC 2 Type II ✓ In scope" per key programme, or the self-hosted sentence when no form is hosted. */
export function keyAttestations(
  rows: readonly AttestationRow[],
): Array<{ programme: AttestationProgramme; label: string; status: AttestationStatus | 'self-hosted'; text: string }> {
  return KEY_PROGRAMMES.map((programme) => {
    const cell = bestCell(rows, programme);
    const label = ATTESTATION_PROGRAMME_LABELS[programme];
    if (!cell || (cell.status === 'not-found' && rows.some((row) => row.form === 'self-hosted'))) {
      return { programme, label, status: 'self-hosted' as const, text: `${label}: ${SELF_HOSTED_ATTESTATIONS.toLowerCase()}` };
    }
    return { programme, label, status: cell.status, text: `${label}: ${ATTESTATION_STATUS_SYMBOLS[cell.status]} ${ATTESTATION_STATUS_LABELS[cell.status]}` };
  });
}

/** A cell in words for exports: "✓ In scope: scope (as of 2026-11-26; sources: a, b)". */
export function attestationCellText(cell: AttestationCell): string {
  return `${ATTESTATION_STATUS_SYMBOLS[cell.status]} ${ATTESTATION_STATUS_LABELS[cell.status]}: ${cell.scope} (as of ${cell.asOf}; sources: ${cell.sources.join(', ')})`;
}

/** What a self-hosted row says in every column, in so many words. */
export function selfHostedText(row: AttestationRow): string {
  return `${SELF_HOSTED_ATTESTATIONS}. ${row.note ?? ''} (sources: ${(row.sources ?? []).join(', ')})`.replace(' . ', '. ');
}

/** The matrix's column headings, as the page shows them: the row's names in one heading, then one per programme. */
export function attestationHeadings(): { row: string; programmes: Array<{ id: AttestationProgramme; label: string }> } {
  const names = ATTESTATION_ROW_KEYS.map((key) => ATTESTATION_ROW_KEY_LABELS[key]);
  return {
    row: `${names.slice(0, -1).join(', ')} and ${names.at(-1)!.toLowerCase()}`,
    programmes: ATTESTATION_PROGRAMMES.map((id) => ({ id, label: ATTESTATION_PROGRAMME_LABELS[id] })),
  };
}

/** The CSV's column names from the same lists: `framework, form, product`, then `soc2, soc2_scope, soc2_as_of, soc2_sources`, … */
export function attestationCsvColumns(): string[] {
  const suffix: Record<AttestationCellPart, string> = { status: '', scope: '_scope', asOf: '_as_of', sources: '_sources' };
  return [...ATTESTATION_ROW_KEYS, ...ATTESTATION_PROGRAMMES.flatMap((p) => ATTESTATION_CELL_PARTS.map((part) => `${p.replaceAll('-', '_')}${suffix[part]}`))];
}

/** The matrix as a table of text, with the page's columns, for a Markdown or plain-text export. */
export function attestationMatrixTable(rows: readonly AttestationRow[], titles: Readonly<Record<string, string>>): string[][] {
  const header = [...ATTESTATION_ROW_KEYS.map((key) => ATTESTATION_ROW_KEY_LABELS[key]), ...ATTESTATION_PROGRAMMES.map((p) => ATTESTATION_PROGRAMME_LABELS[p])];
  const body = rows.map((row) => [
    titles[row.framework] ?? row.framework,
    ATTESTATION_FORM_LABELS[row.form],
    row.product,
    ...ATTESTATION_PROGRAMMES.map((p) => (row.cells ? attestationCellText(row.cells[p]) : selfHostedText(row))),
  ]);
  return [header, ...body];
}
