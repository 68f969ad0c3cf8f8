import { describe, expect, it } from 'vitest';
import { formatDate, isoDay, latest } from '~/lib/format';

describe('formatting', () => {
  it('writes dates in words, in UTC whatever the machine time zone', () => {
    expect(formatDate(new Date('2026-11-26'))).toBe('26 November 2026');
    expect(formatDate(new Date('2024-12-03T23:30:00Z'))).toBe('3 December 2024');
    expect(isoDay(new Date('2026-03-22'))).toBe('2026-03-22');
  });
  it('finds the latest date and refuses an empty list', () => {
    expect(isoDay(latest([new Date('2026-01-02'), new Date('2026-11-26'), new Date('2025-05-05')]))).toBe('2026-11-26');
    expect(() => latest([])).toThrow('latest() needs at least one date');
  });
});
