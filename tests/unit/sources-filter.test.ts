import { describe, expect, it } from 'vitest';
import { readSourcesFilter, sourcePasses, writeSourcesFilter } from '~/lib/sources-filter';

const FRAMEWORKS = ['alpha', 'beta'];
const STANDINGS = ['official', 'third-party', 'unverified'];

describe('the /sources/ filter in the URL', () => {
  it.each([
    ['', { fw: 'all', standing: 'all' }, []],
    ['?fw=beta', { fw: 'beta', standing: 'all' }, []],
    ['?fw=alpha&standing=unverified', { fw: 'alpha', standing: 'unverified' }, []],
    ['?fw=nope', { fw: 'all', standing: 'all' }, ['"fw" had a value we could not use ("nope"), so its default was kept']],
    ['?standing=<b>&x=1', { fw: 'all', standing: 'all' }, ['"standing" had a value we could not use ("b"), so its default was kept', 'unknown setting "x"']],
  ])('%s → %j', (search, filter, ignored) => {
    expect(readSourcesFilter(search, FRAMEWORKS, STANDINGS)).toEqual({ filter, ignored });
  });

  it('writes only what is set, and reads back the same', () => {
    expect(writeSourcesFilter({ fw: 'all', standing: 'all' }, FRAMEWORKS, STANDINGS)).toBe('');
    const link = writeSourcesFilter({ fw: 'alpha', standing: 'official' }, FRAMEWORKS, STANDINGS);
    expect(link).toBe('?fw=alpha&standing=official');
    expect(readSourcesFilter(link, FRAMEWORKS, STANDINGS).filter).toEqual({ fw: 'alpha', standing: 'official' });
  });

  it('keeps a source cited by the chosen framework page and of the chosen standing', () => {
    const source = { frameworks: ['alpha'], standing: 'official' };
    expect(sourcePasses({ fw: 'all', standing: 'all' }, source)).toBe(true);
    expect(sourcePasses({ fw: 'alpha', standing: 'official' }, source)).toBe(true);
    expect(sourcePasses({ fw: 'beta', standing: 'all' }, source)).toBe(false);
    expect(sourcePasses({ fw: 'all', standing: 'unverified' }, source)).toBe(false);
  });
});
