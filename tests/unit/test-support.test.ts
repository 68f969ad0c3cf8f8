import { describe, expect, it } from 'vitest';
import { pairsCoveringEveryFramework } from '../support/sitemap';

describe('pairsCoveringEveryFramework (the pair pages the browser checks visit)', () => {
  it('names every framework once for an even count', () => {
    expect(pairsCoveringEveryFramework(['a', 'b', 'c', 'd'])).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
  it('pairs the odd one out with the first', () => {
    expect(pairsCoveringEveryFramework(['a', 'b', 'c'])).toEqual([
      ['a', 'b'],
      ['c', 'a'],
    ]);
  });
  it('has no pair for fewer than two frameworks', () => {
    expect(pairsCoveringEveryFramework(['a'])).toEqual([]);
    expect(pairsCoveringEveryFramework([])).toEqual([]);
  });
});
