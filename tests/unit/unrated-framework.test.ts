/**
 * A framework added after the original comparison has no `seed` (classic ratings). Every place that
 * shows those ratings says so in words instead of breaking: tables, pair pages, the compare view,
 * the open data and the checklist's tie-break.
 */
import { describe, expect, it } from 'vitest';
import { pairSummary, whenToPick } from '../../src/lib/compare/pairs';
import { compareTable } from '../../src/lib/compare/rows';
import { dimensionRows, seedValue } from '../../src/lib/dimension-table';
import { frameworkSchema } from '../../src/lib/schema/framework';
import { fakeFramework, type FakeFramework } from '../support/fixtures';

/** The fake framework with its classic ratings removed. */
function unrated(id: string, title: string): Omit<FakeFramework, 'seed'> {
  const { seed: _classic, ...rest } = fakeFramework(id, title);
  return rest;
}

const rated = fakeFramework('alpha', 'Alpha');
const gamma = unrated('gamma', 'Gamma');
const delta = unrated('delta', 'Delta');

describe('a framework without classic ratings', () => {
  it('passes the framework schema, and a malformed seed is still rejected', () => {
    // The fixture's one-line description is shorter than the schema's 50-character floor.
    const { id: _id, ...rest } = gamma;
    const data = { ...rest, description: 'Gamma, a framework that the original comparison did not rate.' };
    const ids = { sources: new Set(JSON.stringify(data).match(/gamma-[a-zA-Z-]+/g)), frameworks: new Set(['gamma']) };
    const parsed = frameworkSchema(ids).safeParse(data);
    expect(parsed.error?.issues.map((i) => i.path.join('.') + ': ' + i.message) ?? []).toEqual([]);
    const broken = frameworkSchema(ids).safeParse({ ...data, seed: { bestFor: 'Everyone' } });
    expect(broken.success).toBe(false);
  });

  it('shows "Not in the classic comparison" for every classic field', () => {
    expect(seedValue(undefined, 'implementationEffort')).toBe('Not in the classic comparison');
    expect(seedValue(undefined, 'keyFeatures')).toBe('Not in the classic comparison');
    const rows = dimensionRows({ seed: 'bestFor', profile: 'costModel' }, [rated, gamma]);
    expect(rows.map((r) => r.seed)).toEqual(['Teams that want control', 'Not in the classic comparison']);
    expect(rows[1]!.profile).toEqual({ text: 'Gamma costModel', sources: ['gamma-costModel'] });
  });

  it('puts the phrase in every ratings cell of the compare table', () => {
    const table = compareTable([rated, gamma]);
    const ratings = table.sections.find((s) => s.id === 'ratings')!;
    expect(ratings.rows).toHaveLength(8);
    for (const row of ratings.rows) expect(row.cells[1]!.text, row.id).toBe('Not in the classic comparison');
    expect(ratings.rows.find((r) => r.id === 'implementationEffort')!.cells[0]!.text).toBe('Medium');
  });

  it('pair summaries say which framework the original article rated', () => {
    expect(pairSummary(rated, gamma).sentences.slice(0, 2)).toEqual([
      'Both are open source.',
      'Gamma was not in the classic comparison; Alpha is rated Medium for implementation effort, with a cost model of free / open source (you pay for the infrastructure you run it on).',
    ]);
    expect(pairSummary(gamma, rated).sentences[1]).toBe(
      'Gamma was not in the classic comparison; Alpha is rated Medium for implementation effort, with a cost model of free / open source (you pay for the infrastructure you run it on).',
    );
    expect(pairSummary(gamma, delta).sentences[1]).toBe(
      'Neither was in the classic comparison, so there are no original effort or cost ratings to set side by side; each article covers both.',
    );
  });

  it('"when to pick which" gives a framework the classic comparison did not rate the same advice: its current best for and avoid if', () => {
    const [, unrated] = whenToPick(rated, gamma);
    expect(unrated).toEqual({ id: 'gamma', title: 'Gamma', bestFor: gamma.inOneMinute.bestFor, avoidIf: gamma.inOneMinute.avoidIf, sources: gamma.inOneMinute.sources });
    expect(unrated!.bestFor).toBe('Gamma best for');
  });
});
