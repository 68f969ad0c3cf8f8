import { describe, expect, it } from 'vitest';
import { numberIn, oneOf, readState, setOf, writeState, type Fields } from '~/lib/url-state';

interface State {
  cloud: 'aws' | 'azure' | 'gcp' | 'none';
  needs: readonly ('hipaa' | 'fedramp' | 'soc2')[];
  team: number;
}
const fields: Fields<State> = {
  cloud: oneOf('cloud', ['aws', 'azure', 'gcp', 'none'] as const, 'none'),
  needs: setOf('needs', ['hipaa', 'fedramp', 'soc2'] as const, []),
  team: numberIn('team', 1, 500, 5),
};

describe('url state', () => {
  it('reads valid values and fills the rest with defaults', () => {
    expect(readState('?cloud=gcp&team=12', fields)).toEqual({ state: { cloud: 'gcp', needs: [], team: 12 }, ignored: [] });
    expect(readState('', fields).state).toEqual({ cloud: 'none', needs: [], team: 5 });
  });

  it('keeps set members in canonical order and rejects a set with an unknown member', () => {
    expect(readState('needs=soc2,hipaa', fields).state.needs).toEqual(['hipaa', 'soc2']);
    const { state, ignored } = readState('needs=hipaa,iso', fields);
    expect(state.needs).toEqual([]);
    expect(ignored).toEqual(['"needs" had a value we could not use ("hipaa,iso"), so its default was kept']);
  });

  it('ignores unknown keys, repeated keys, out-of-range, huge and non-numeric values, and says so', () => {
    const { state, ignored } = readState('?x=1&cloud=aws&cloud=gcp&team=1e309&team=3', fields);
    expect(state).toEqual({ cloud: 'aws', needs: [], team: 5 });
    expect(ignored).toEqual([
      'unknown setting "x"',
      'a repeated "cloud" (the first one was used)',
      '"team" had a value we could not use ("1e309"), so its default was kept',
      'a repeated "team" (the first one was used)',
    ]);
    expect(readState('team=-3', fields).state.team).toBe(5);
    expect(readState('team=501', fields).state.team).toBe(5);
    expect(readState('team=NaN', fields).state.team).toBe(5);
    expect(readState(`cloud=${'a'.repeat(5000)}`, fields).ignored[0]).toMatch(/^"cloud" had a value we could not use \("a{40}…"\)/);
  });

  it('never echoes markup from the URL', () => {
    const { ignored } = readState('cloud=%3Cscript%3Ealert(1)%3C%2Fscript%3E&%3Cimg%3E=1', fields);
    expect(ignored.join(' ')).not.toMatch(/[<>]/);
  });

  it('round-trips, leaving defaults out of the link', () => {
    const state: State = { cloud: 'azure', needs: ['hipaa', 'fedramp'], team: 40 };
    const query = writeState(state, fields);
    expect(query).toBe('?cloud=azure&needs=hipaa%2Cfedramp&team=40');
    expect(readState(query, fields)).toEqual({ state, ignored: [] });
    expect(writeState({ cloud: 'none', needs: [], team: 5 }, fields)).toBe('');
  });
});
