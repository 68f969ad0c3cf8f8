/**
 * The attestation matrix (content/data/attestations.yaml) and the decision checklist's compliance
 * levels (decision-profiles.yaml) describe the same facts. This derives each framework's checklist
 * level from the matrix and compares. The disagreements listed below were found by reading both
 * files by hand on 7 December 2026 and are reported to the checklist's owner; the test fails when a
 * new one appears or when one is resolved (then delete its line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { attestationMatrixTable, attestationSummary, checklistComplianceLevel, CHECKLIST_PROGRAMMES, keyAttestations, rowsOf, type AttestationRow, type ChecklistProgramme } from '../../src/lib/compare/attestations';
import { attestationRowSchema } from '../../src/lib/schema/attestations';
import { describeIssues } from '../../src/lib/schema/common';
import { ROOT, publishedFrameworks } from '../support/content';
import { readKnownIds } from '../../src/data/content-files';

const read = (name: string) => parse(readFileSync(join(ROOT, 'content/data', name), 'utf8')) as Array<Record<string, any>>;
const ids = readKnownIds();
const rows: AttestationRow[] = read('attestations.yaml').map((raw) => {
  const row = attestationRowSchema(ids).parse(raw);
  const cells = row.cells && Object.fromEntries(Object.entries(row.cells).map(([p, c]) => [p, { ...c, asOf: c.asOf.toISOString().slice(0, 10) }]));
  return { ...row, cells } as AttestationRow;
});
const profiles = read('decision-profiles.yaml');

/** framework/programme: [level the matrix implies, level the checklist holds]. */
const KNOWN_DISAGREEMENTS: Record<string, [string, string]> = {
  // Union.ai's own documentation states SOC 2 Type II and HIPAA support: the same standing as ZenML Pro's SOC 2, which the checklist rates partial.
  'flyte/soc2': ['partial', 'you-carry'],
  'flyte/hipaa': ['partial', 'you-carry'],
  // Union.ai's control plane runs in four named regions, as W&B Multi-tenant Cloud runs only in North America (rated partial).
  'flyte/data-residency': ['partial', 'you-control'],
  // Foundation Model API requests may be processed outside the workspace's region and cloud (databricks-fmapi-compliance).
  'databricks/data-residency': ['partial', 'in-scope'],
};

describe('the attestation matrix', () => {
  it('every row passes its schema, and every published framework has at least one row', () => {
    for (const raw of read('attestations.yaml')) expect(describeIssues(attestationRowSchema(ids).safeParse(raw).error ?? ({ issues: [] } as any))).toEqual([]);
    expect(publishedFrameworks().map((f) => f.id).filter((id) => rowsOf(rows, id).length === 0)).toEqual([]);
  });

  it('rejects a self-hosted row with cells and a hosted row without them, naming the field', () => {
    const hostedRow = read('attestations.yaml').find((r) => r.form === 'managed-cloud')!;
    const selfRow = read('attestations.yaml').find((r) => r.form === 'self-hosted')!;
    expect(describeIssues(attestationRowSchema(ids).safeParse({ ...selfRow, cells: hostedRow.cells }).error!)).toEqual([
      'cells: a self-hosted row has no cells: your environment’s attestations apply',
    ]);
    const { cells: _cells, ...bare } = hostedRow;
    expect(describeIssues(attestationRowSchema(ids).safeParse(bare).error!)).toEqual(['cells: a managed-cloud row needs a cell for every programme']);
  });

  it('agrees with the checklist’s compliance levels, except the reported disagreements', () => {
    const found: Record<string, [string, string]> = {};
    for (const profile of profiles) {
      const framework = profile.framework as string;
      for (const programme of Object.keys(CHECKLIST_PROGRAMMES) as ChecklistProgramme[]) {
        const derived = checklistComplianceLevel(rowsOf(rows, framework), programme);
        const held = profile.compliance.levels[programme] as string;
        if (derived !== held) found[`${framework}/${programme}`] = [derived, held];
      }
    }
    expect(found).toEqual(KNOWN_DISAGREEMENTS);
  });
});

describe('deriving the checklist level from rows', () => {
  const cell = (status: string) => ({ status, scope: 'a scope sentence', asOf: '2026-12-07', sources: ['s'] });
  const hostedRow = (status: string): AttestationRow => ({
    id: 'x-saas', framework: 'x', form: 'vendor-saas', product: 'X Cloud',
    cells: Object.fromEntries(['soc2', 'iso27001', 'iso42001', 'hipaa', 'pci-dss', 'fedramp-moderate', 'fedramp-high', 'dod', 'residency'].map((p) => [p, cell(status)])) as any,
  });
  const selfRow: AttestationRow = { id: 'x-self', framework: 'x', form: 'self-hosted', product: 'X', note: 'Your own controls apply here.', sources: ['s'] };

  it.each([
    ['yes', 'soc2', 'in-scope'],
    ['conditional', 'hipaa', 'partial'],
    ['stated', 'soc2', 'partial'],
    ['partition', 'fedramp-high', 'separate-partition'],
    ['not-found', 'soc2', 'you-carry'],
    ['not-found', 'fedramp-moderate', 'you-authorise'],
    ['not-found', 'data-residency', 'you-control'],
  ] as const)('a hosted %s cell for %s, beside a self-hosted row, gives %s', (status, programme, level) => {
    expect(checklistComplianceLevel([hostedRow(status), selfRow], programme)).toBe(level);
  });

  it('takes the strongest hosted form, and says not-covered when nothing hosts or self-hosts it', () => {
    expect(checklistComplianceLevel([hostedRow('partition'), { ...hostedRow('yes'), id: 'x-cloud' }], 'soc2')).toBe('in-scope');
    expect(checklistComplianceLevel([hostedRow('not-found')], 'hipaa')).toBe('not-covered');
    expect(checklistComplianceLevel([selfRow], 'hipaa')).toBe('you-carry');
  });

  it('summarises forms in words and says “your environment’s attestations” for a self-hosted one', () => {
    const summary = attestationSummary([hostedRow('stated'), selfRow]);
    expect(summary.text).toBe(
      'Vendor SaaS (X Cloud): stated by the vendor: SOC 2 Type II, ISO 27001, ISO 42001, HIPAA BAA, PCI-DSS, FedRAMP Moderate, FedRAMP High, DoD impact levels, Data-residency regions. Self-hosted (X): your environment’s attestations.',
    );
    expect(keyAttestations([selfRow]).map((k) => k.text)).toEqual([
      'SOC 2 Type II: your environment’s attestations',
      'HIPAA BAA: your environment’s attestations',
      'FedRAMP High: your environment’s attestations',
    ]);
    expect(keyAttestations([hostedRow('partition')])[2]!.text).toBe('FedRAMP High: ▣ Separate partition only');
  });

  it('writes every self-hosted cell of the export table as the environment’s attestations', () => {
    const [header, row] = attestationMatrixTable([selfRow], { x: 'X' });
    expect(header).toHaveLength(12);
    expect(row!.slice(0, 3)).toEqual(['X', 'Self-hosted', 'X']);
    expect(row!.slice(3).every((text) => text === 'Your environment’s attestations. Your own controls apply here. (sources: s)')).toBe(true);
  });
});
