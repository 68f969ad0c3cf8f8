/**
 * The model assemblers in src/lib/models, which the build (collections) and the disk reader (tests,
 * scripts) share: drafts left out, display order with its id tie-break, profiles in that order.
 */
import type { StackData } from '~/lib/schema/stacks';
import { describe, expect, it } from 'vitest';
import { assembleCostData } from '~/lib/models/cost';
import { inDisplayOrder } from '~/lib/models/order';
import type { EffortProfileData, PeopleCostData, PriceData } from '~/lib/schema/cost';

const entry = (id: string, order: number, draft?: boolean) => ({ id, data: { order, draft } });

describe('inDisplayOrder', () => {
  const entries = [entry('zenml', 2), entry('b-tool', 1), entry('a-tool', 1), entry('wip', 0, true)];

  it('leaves drafts out of a build and sorts by order, then id', () => {
    expect(inDisplayOrder(entries, { drafts: false }).map((e) => e.id)).toEqual(['a-tool', 'b-tool', 'zenml']);
  });

  it('shows drafts where drafts are shown (npm run dev)', () => {
    expect(inDisplayOrder(entries, { drafts: true }).map((e) => e.id)).toEqual(['wip', 'a-tool', 'b-tool', 'zenml']);
  });

  it('does not reorder the list it was given', () => {
    inDisplayOrder(entries, { drafts: false });
    expect(entries.map((e) => e.id)).toEqual(['zenml', 'b-tool', 'a-tool', 'wip']);
  });
});

describe('assembleCostData', () => {
  const price = (id: string, day: string) => ({ id, asOf: new Date(`${day}T00:00:00Z`), source: `src-${id}` }) as unknown as PriceData;
  const profile = (framework: string) => ({ framework }) as unknown as EffortProfileData;
  const people = [{ id: 'us' }, { id: 'germany' }] as unknown as PeopleCostData[];
  const data = assembleCostData({
    prices: [price('a', '2026-11-02'), price('b', '2026-12-01'), price('c', '2026-10-15')],
    profiles: [profile('second'), profile('first')],
    people,
    frameworks: [
      { id: 'first', data: { shortName: 'First', capabilities: { 'experiment-tracking': { level: 'native' } } } },
      { id: 'second', data: { shortName: 'Second', capabilities: { 'experiment-tracking': { level: 'none' } } } },
    ],
    stacks: [
      {
        id: 'first-second',
        title: 'First + Second',
        members: [
          { framework: 'first', covers: ['experiment-tracking'] },
          { framework: 'second', covers: [] },
        ],
      },
    ] as unknown as StackData[],
    sourceTitles: new Map([
      ['src-a', 'Price page A'],
      ['unrelated', 'Not cited by a price'],
    ]),
  });

  it('orders profiles like the frameworks and titles them by short name', () => {
    expect(data.profiles.map((p) => p.framework)).toEqual(['first', 'second']);
    expect(data.titles).toEqual({ first: 'First', second: 'Second' });
  });

  it('keys prices by id with ISO days, the newest as pricesAsOf, people in file order', () => {
    expect(Object.keys(data.prices)).toEqual(['a', 'b', 'c']);
    expect(data.prices.c!.asOf).toBe('2026-10-15');
    expect(data.pricesAsOf).toBe('2026-12-01');
    expect(data.people.map((p) => p.id)).toEqual(['us', 'germany']);
  });

  it('keeps only the titles of sources the prices cite, and passes the option model its capability levels and stacks', () => {
    expect(data.sourceTitles).toEqual({ 'src-a': 'Price page A' });
    expect(data.options!.frameworks).toEqual([
      { id: 'first', capabilities: { 'experiment-tracking': { level: 'native' } } },
      { id: 'second', capabilities: { 'experiment-tracking': { level: 'none' } } },
    ]);
    expect(data.options!.stacks.map((s) => [s.id, s.members.map((m) => m.framework)])).toEqual([['first-second', ['first', 'second']]]);
  });
});
