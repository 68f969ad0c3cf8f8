import { describe, expect, it } from 'vitest';
import { capitalise, countInWords, numberInWords } from '~/lib/number-words';

describe('counts in words', () => {
  it.each([
    [0, 'zero'],
    [1, 'one'],
    [6, 'six'],
    [11, 'eleven'],
    [17, 'seventeen'],
    [20, 'twenty'],
    [21, '21'],
    [333, '333'],
    [-1, '-1'],
    [2.5, '2.5'],
  ])('%d → %s', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it('makes the noun agree with the count, with an irregular plural when given one', () => {
    expect(countInWords(1, 'framework')).toBe('one framework');
    expect(countInWords(0, 'framework')).toBe('zero frameworks');
    expect(countInWords(3, 'managed cloud service')).toBe('three managed cloud services');
    expect(countInWords(2, 'analysis', 'analyses')).toBe('two analyses');
  });

  it('capitalises the first letter only', () => {
    expect(capitalise('six frameworks')).toBe('Six frameworks');
    expect(capitalise('')).toBe('');
  });
});
