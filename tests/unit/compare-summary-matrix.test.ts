/** Generated cross-framework sentences (src/lib/compare/summary.ts) and the framework matrix's filters (matrix.ts). */
import { describe, expect, it } from 'vitest';
import { coverageOf, summarySentence, type SummaryFramework } from '~/lib/compare/summary';
import { costBand, licenceClass, readMatrixState, rowMatches, writeMatrixState, DEFAULT_MATRIX_STATE } from '~/lib/compare/matrix';

const frameworks: SummaryFramework[] = [
  { id: 'a', name: 'Alpha', levels: { 'distributed-training': 'native', 'model-serving': 'native' } },
  { id: 'b', name: 'Beta', levels: { 'distributed-training': 'native', 'model-serving': 'none' } },
  { id: 'c', name: 'Gamma', levels: { 'distributed-training': 'none', 'model-serving': 'none' } },
  { id: 'd', name: 'Delta', levels: { 'distributed-training': 'managed-add-on', 'model-serving': 'native' } },
  { id: 'e', name: 'Epsilon', levels: { 'distributed-training': 'unknown', 'model-serving': 'none' } },
];

describe('capability summaries', () => {
  it('groups frameworks by what the cells say: itself, in part, none, unknown', () => {
    expect(frameworks.map((f) => coverageOf(f, ['distributed-training', 'model-serving']))).toEqual(['itself', 'in-part', 'none', 'itself', 'unknown']);
  });

  it('writes one sentence, groups in that order, names in the order given', () => {
    expect(summarySentence(frameworks, ['distributed-training', 'model-serving'], 'the model half')).toBe(
      'Alpha and Delta cover the model half themselves (natively or as the same vendor’s add-on); Beta covers part of it, or only through another tool; Gamma offers none of it; Epsilon could not be confirmed from a public source.',
    );
    expect(summarySentence(frameworks.slice(0, 1), ['model-serving'])).toBe('Alpha covers model serving itself (natively or as the same vendor’s add-on).');
  });
});

describe('the framework matrix', () => {
  it('classes licences by how the statement opens', () => {
    expect(licenceClass('Apache-2.0')).toBe('apache-2.0');
    expect(licenceClass('Proprietary cloud service billed through an Azure subscription')).toBe('proprietary');
    expect(licenceClass('Mixed: the SDK is Apache-2.0; the server is SSPL')).toBe('mixed');
  });

  it('puts a monthly run rate in its band', () => {
    expect([1_999, 2_000, 4_999, 5_000, 13_538].map((n) => costBand(n).id)).toEqual(['under-2k', '2k-5k', '2k-5k', '5k-plus', '5k-plus']);
  });

  it('reads the URL, keeps valid values and names the rest; writes only what differs from the default', () => {
    expect(readMatrixState('?kind=open-source&cloud=mars&capability=model-serving&level=native&sort=cost&x=1')).toEqual({
      state: { ...DEFAULT_MATRIX_STATE, kind: 'open-source', capability: 'model-serving', level: 'native', sort: 'cost' },
      ignored: ['cloud=mars'],
    });
    expect(writeMatrixState({ ...DEFAULT_MATRIX_STATE, cloud: 'aws', level: 'native' })).toBe('?cloud=aws');
    expect(writeMatrixState({ ...DEFAULT_MATRIX_STATE, capability: 'automl', level: 'native' })).toBe('?capability=automl&level=native');
    expect(writeMatrixState(DEFAULT_MATRIX_STATE)).toBe('');
  });

  it('filters by kind, cloud, licence and a capability at a level or better', () => {
    const row = { kind: 'open-source' as const, clouds: ['aws', 'onprem'], licence: 'apache-2.0' as const, levels: { 'model-serving': 'managed-add-on' as const } };
    const state = (change: object) => ({ ...DEFAULT_MATRIX_STATE, ...change });
    expect(rowMatches(row, state({ cloud: 'onprem' }))).toBe(true);
    expect(rowMatches(row, state({ cloud: 'gcp' }))).toBe(false);
    expect(rowMatches(row, state({ kind: 'managed-service' }))).toBe(false);
    expect(rowMatches(row, state({ licence: 'proprietary' }))).toBe(false);
    expect(rowMatches(row, state({ capability: 'model-serving', level: 'via-integration' }))).toBe(true);
    expect(rowMatches(row, state({ capability: 'model-serving', level: 'native' }))).toBe(false);
    expect(rowMatches(row, state({ capability: 'automl', level: 'partial' }))).toBe(false);
  });
});
