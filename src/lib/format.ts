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

const MINUS = '\u2212';

/** A signed number for points and differences: "+3", "−2" (a true minus sign), "0". */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `${MINUS}${Math.abs(value)}`;
  return '0';
}

/** A count with its noun: "1 replica", "3 replicas", "0 pipelines"; irregular plurals are passed in. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  const number = Number.isInteger(count) ? count.toLocaleString('en-US') : count.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return `${number} ${count === 1 ? singular : plural}`;
}

const USD_WHOLE = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const USD_CENTS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** US dollars: whole dollars for totals ("$12,345"), cents for unit prices when asked ("$0.192"). */
export function usd(value: number, options: { cents?: boolean } = {}): string {
  // Guard the display: a blank, NaN or negative amount must never reach a reader.
  if (!Number.isFinite(value) || value < 0) throw new Error(`not a displayable amount: ${value}`);
  return options.cents ? USD_CENTS.format(value) : USD_WHOLE.format(Math.round(value));
}
