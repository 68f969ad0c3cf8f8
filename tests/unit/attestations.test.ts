/**
 * The attestation matrix (content/data/attestations.yaml) is the one data set behind every
 * compliance statement: the decision checklist derives its compliance levels from it (src/lib/models/
 * decision.ts), and decision-profiles.yaml may hold only a note and sources for that criterion. The
 * test compares the shipped checklist model with the matrix cell for cell, with no exceptions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  attestationMatrixTable,
  attestationSummary,
  checklistComplianceLevel,
  CHECKLIST_PROGRAMMES,
  keyAttestations,
  rowsOf,
  type AttestationRow,
  type ChecklistProgramme,
} from '~/lib/compare/attestations';
import { attestationRowSchema } from '~/lib/schema/attestations';
import { describeIssues } from '~/lib/schema/common';
import { decisionProfileSchema } from '~/lib/schema/decision';
import { ROOT, publishedFrameworks } from '../support/content';
import { loadDecisionModel } from '../support/decision';
import { readAttestations, readDecisionVocabulary, readKnownIds } from '~/data/content-files';

const read = (name: string) => parse(readFileSync(join(ROOT, 'content/data', name), 'utf8')) as Array<Record<string, any>>;
const ids = readKnownIds();
const rows: AttestationRow[] = readAttestations(ROOT);
const model = loadDecisionModel();

describe('the attestation matrix', () => {
  it('every row passes its schema, and every published framework has at least one row', () => {
    for (const raw of read('attestations.yaml')) expect(describeIssues(attestationRowSchema(ids).safeParse(raw).error ?? ({ issues: [] } as any))).toEqual([]);
    expect(
      publishedFrameworks()
        .map((f) => f.id)
        .filter((id) => rowsOf(rows, id).length === 0),
    ).toEqual([]);
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

  it('is the checklist’s compliance data: every framework’s level for every programme is the matrix’s, with no exceptions', () => {
    const criterion = model.criteria.find((c) => c.kind === 'programmes')!;
    const mismatches: string[] = [];
    let compared = 0;
    for (const profile of model.profiles) {
      for (const programme of Object.keys(CHECKLIST_PROGRAMMES) as ChecklistProgramme[]) {
        const derived = checklistComplianceLevel(rowsOf(rows, profile.framework), programme);
        const held = profile.fits[criterion.id]?.levels?.[programme];
        compared += 1;
        if (derived !== held) mismatches.push(`${profile.framework}/${programme}: matrix ${derived}, checklist ${held}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(publishedFrameworks().length * 5);
  });

  it('settles the four former disagreements as the sources read on 7 December 2026 say (hand-read levels)', () => {
    const levels = (framework: string) => model.profiles.find((p) => p.framework === framework)!.fits.compliance!.levels!;
    // Union.ai states SOC 2 Type II and HIPAA design (stated → partial), data in your data plane, control plane in four regions (conditional → partial).
    expect(levels('flyte')).toEqual({ soc2: 'partial', hipaa: 'partial', 'fedramp-moderate': 'you-authorise', 'fedramp-high': 'you-authorise', 'data-residency': 'partial' });
    // Designated Services process content across the workspace's Geo, and in other Geos with cross-Geo processing on.
    expect(levels('databricks')['data-residency']).toBe('partial');
  });

  it('has a matrix column for every compliance programme the checklist asks about', () => {
    const question = model.questions.find((q) => q.id === model.criteria.find((c) => c.kind === 'programmes')!.question)!;
    const programmes = question.answers.filter((a) => !a.note).map((a) => a.id);
    expect(programmes.sort()).toEqual(Object.keys(CHECKLIST_PROGRAMMES).sort());
  });

  it('rejects compliance levels written into decision-profiles.yaml, naming the field', () => {
    const vocabulary = readDecisionVocabulary(ROOT);
    const criteria = read('decision-criteria.yaml') as any;
    const profile = read('decision-profiles.yaml')[0]!;
    const schema = decisionProfileSchema(ids, vocabulary, criteria);
    expect(schema.safeParse(profile).success).toBe(true);
    const written = { ...profile, compliance: { ...profile.compliance, levels: { soc2: 'in-scope' } } };
    expect(describeIssues(schema.safeParse(written).error!)).toEqual(['compliance: its levels come from content/data/attestations.yaml: give only a note and sources here']);
  });
});

describe('deriving the checklist level from rows', () => {
  const cell = (status: string) => ({ status, scope: 'a scope sentence', asOf: '2026-12-07', sources: ['s'] });
  const hostedRow = (status: string): AttestationRow => ({
    id: 'x-saas',
    framework: 'x',
    form: 'vendor-saas',
    product: 'X Cloud',
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
      'Vendor SaaS, X Cloud: stated by the vendor: SOC 2 Type II, ISO 27001, ISO 42001, HIPAA BAA, PCI-DSS, FedRAMP Moderate, FedRAMP High, DoD impact levels, Data-residency regions. Self-hosted, X: your environment’s attestations.',
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
