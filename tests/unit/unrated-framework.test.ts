/**
 * A framework added after the classic comparison has no `seed` (classic ratings). Tables, pair pages
 * and the compare view show current rows for it as for every other framework, so it never gets an
 * empty row; the classic ratings are shown on the about page only, for the six the article rated.
 */
import { describe, expect, it } from 'vitest';
import { pairSummary, whenToPick } from '~/lib/compare/pairs';
import { compareTable } from '~/lib/compare/rows';
import { dimensionRows, seedValue } from '~/lib/dimension-table';
import { frameworkSchema } from '~/lib/schema/framework';
import { currentCells, CURRENT_ROW_IDS } from '~/lib/compare/current';
import { fakeCurrentInput, fakeFramework } from '../support/fixtures';

/** The fake framework with its classic ratings removed, and its current rows. */
function unrated(id: string, title: string) {
  const { seed: _classic, ...rest } = fakeFramework(id, title);
  return { ...rest, current: currentCells(fakeCurrentInput(id, title)) };
}

const rated = { ...fakeFramework('alpha', 'Alpha'), current: currentCells(fakeCurrentInput('alpha', 'Alpha')) };
const gamma = unrated('gamma', 'Gamma');
const delta = unrated('delta', 'Delta');

describe('a framework without classic ratings', () => {
  it('passes the framework schema, and a malformed seed is still rejected', () => {
    // The fixture's one-line description is shorter than the schema's 50-character floor.
    const { id: _id, current: _current, ...rest } = gamma;
    const data = { ...rest, description: 'Gamma, a framework that the original comparison did not rate.' };
    const ids = { sources: new Set(JSON.stringify(data).match(/gamma-[a-zA-Z-]+/g)), frameworks: new Set(['gamma']) };
    const parsed = frameworkSchema(ids).safeParse(data);
    expect(parsed.error?.issues.map((i) => i.path.join('.') + ': ' + i.message) ?? []).toEqual([]);
    const broken = frameworkSchema(ids).safeParse({ ...data, seed: { bestFor: 'Everyone' } });
    expect(broken.success).toBe(false);
  });

  it('keeps "Not in the classic comparison" for the classic field itself, but dimension tables show its current row', () => {
    expect(seedValue(undefined, 'implementationEffort')).toBe('Not in the classic comparison');
    const rows = dimensionRows({ seed: 'bestFor', profile: 'costModel' }, [rated, gamma]);
    expect(rows.map((r) => r.current?.text)).toEqual(['Alpha best for', 'Gamma best for']);
    expect(rows[1]!.profile).toEqual({ text: 'Gamma costModel', sources: ['gamma-costModel'] });
  });

  it('has a filled, sourced cell in every current row of the compare table, and no classic section', () => {
    const table = compareTable([rated, gamma]);
    expect(table.sections.map((s) => s.id)).toEqual(['current', 'capabilities']);
    const current = table.sections[0]!;
    expect(current.rows.map((r) => r.id)).toEqual([...CURRENT_ROW_IDS]);
    for (const row of current.rows) {
      expect(row.cells[1]!.note!.length, row.id).toBeGreaterThan(5);
      expect(row.cells[1]!.sources.length, row.id).toBeGreaterThan(0);
      expect(row.cells[1]!.text, row.id).not.toContain('classic');
    }
  });

  it('pair summaries read the same whether or not the classic comparison rated either framework', () => {
    const sentence =
      'At the cost calculator’s reference team, Gamma runs about $10,000 ($8,000–$14,000) a month (self-hosted) and Delta about $10,000 ($8,000–$14,000) a month (self-hosted).';
    expect(pairSummary(gamma, delta).sentences[1]).toBe(sentence);
    expect(pairSummary(rated, gamma).sentences[1]).toBe(sentence.replace('Gamma runs', 'Alpha runs').replace('and Delta', 'and Gamma'));
  });

  it('"when to pick which" gives a framework the classic comparison did not rate the same advice: its current best for and avoid if', () => {
    const [, unrated] = whenToPick(rated, gamma);
    expect(unrated).toEqual({ id: 'gamma', title: 'Gamma', bestFor: gamma.inOneMinute.bestFor, avoidIf: gamma.inOneMinute.avoidIf, sources: gamma.inOneMinute.sources });
    expect(unrated!.bestFor).toBe('Gamma best for');
  });
});
