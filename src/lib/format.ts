/** Formatting shared by pages and exports. Dates are content dates: always read and shown in UTC. */

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 26 November 2026 */
export function formatDate(date: Date): string {
  return LONG_DATE.format(date);
}

/** 2026-11-26, for <time datetime> and for machine-readable files. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The newest of several dates; used for "last reviewed" across a set of pages. */
export function latest(dates: readonly Date[]): Date {
  if (dates.length === 0) throw new Error('latest() needs at least one date');
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}
