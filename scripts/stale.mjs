/**
 * `npm run stale`: lists the stored facts (content/data/facts.yaml, and the prices they draw on)
 * whose as-of date is older than FACT_RECHECK_DAYS (60: volatile facts are re-checked every two
 * months), oldest first. A report for editors, never a failing check: time passing must not break
 * CI. `--today=2026-12-01` pins the date (for reproducible output). The age, the limit and a price
 * fact's date come from src/lib/facts.ts, which imports nothing, so Node runs it as it is (as
 * scripts/new-content.mjs runs the scaffold).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ageInDays, resolveFact, FACT_RECHECK_DAYS } from '../src/lib/facts.ts';

const todayArg = process.argv.find((arg) => arg.startsWith('--today='));
const today = todayArg ? new Date(todayArg.slice('--today='.length)) : new Date();
if (Number.isNaN(today.getTime())) {
  console.error(`stale: cannot read the date in ${todayArg}; write it as --today=2026-12-01`);
  process.exit(2);
}

const read = (file) => parse(readFileSync(new URL(`../content/data/${file}`, import.meta.url), 'utf8')) ?? [];
const day = (value) => new Date(value instanceof Date ? value : String(value));
const prices = new Map(read('prices.yaml').map((price) => [price.id, { ...price, asOf: day(price.asOf) }]));

const rows = read('facts.yaml').map((fact) => {
  const { asOf } = resolveFact({ ...fact, typed: [], asOf: fact.asOf === undefined ? undefined : day(fact.asOf) }, prices);
  return { id: fact.id, label: fact.label, asOf, days: ageInDays(asOf, today), from: fact.price ? `prices.yaml ${fact.price}` : 'facts.yaml' };
});
const stale = rows.filter((row) => row.days > FACT_RECHECK_DAYS).sort((a, b) => b.days - a.days);

console.log(`Facts checked more than ${FACT_RECHECK_DAYS} days before ${today.toISOString().slice(0, 10)}: ${stale.length} of ${rows.length}`);
for (const row of stale) {
  console.log(`  ${row.asOf.toISOString().slice(0, 10)}  ${String(row.days).padStart(4)} days  ${row.id} (${row.label}; ${row.from})`);
}
if (stale.length > 0) console.log('Re-check each against its source, then update its value and asOf (and add a line to content/data/changes.yaml if it changed).');
