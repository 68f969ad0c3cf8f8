/**
 * Properties over generated inputs (a seeded generator, so a failure reproduces): every valid input
 * gives finite, non-negative amounts with low ≤ likely ≤ high; more usage never lowers a total; a
 * managed mode never needs more operations hours than self-hosting the same framework; the exports
 * hold exactly the rows on screen; every invalid entry is rejected with a message; inputs (and
 * saved inputs A) round-trip through the URL.
 */
import { describe, expect, it } from 'vitest';
import { CHOICE_SPECS, checkNumber, DEFAULT_INPUTS, NUMBER_SPECS, type CostInputs, type NumberSpec } from '~/lib/cost/inputs';
import { inputValue } from '~/lib/cost/people';
import { inputsFromQuery, queryFromInputs } from '~/lib/cost/url';
import { toCsv, toJson } from '~/lib/cost/export';
import { estimateFrameworks as estimateAll, estimateFramework } from '~/lib/cost/model';
import { formatRange, lineRows } from '~/lib/cost/present';
import { readInputsWithSaved, writeInputsWithSaved } from '~/lib/cost/saved-inputs';
import type { Range } from '~/lib/cost/types';
import { POINTS } from '~/lib/cost/words';
import { parseCsv as readCsv } from '../support/csv';
import { loadCostData } from '../support/cost-data';
import { seededRandom as random } from '../support/random';

const data = loadCostData();
const RUNS = 300;

function valueFor(spec: NumberSpec, rnd: () => number): number | null {
  const roll = rnd();
  if (spec.optional && roll < 0.3) return null;
  if (roll < 0.4) return spec.min;
  if (roll < 0.5) return spec.max;
  // Mostly modest values, sometimes anywhere in range.
  const top = rnd() < 0.8 ? Math.min(spec.max, Math.max(spec.min + 1, (spec.fallback ?? 10) * 4)) : spec.max;
  const raw = spec.min + rnd() * (top - spec.min);
  return spec.integer ? Math.round(raw) : Math.round(raw * 100) / 100;
}

function generate(rnd: () => number): CostInputs {
  const inputs: Record<string, unknown> = {};
  for (const spec of NUMBER_SPECS) inputs[spec.name] = valueFor(spec, rnd);
  for (const spec of CHOICE_SPECS) inputs[spec.name] = spec.values[Math.floor(rnd() * spec.values.length)];
  inputs.carried = '';
  inputs.quotes = {};
  inputs.opsOverrides = {};
  inputs.setupOverrides = {};
  inputs.scope = [];
  return inputs as unknown as CostInputs;
}

const ordered = (r: Range) => r.low <= r.likely + 1e-9 && r.likely <= r.high + 1e-9;
const sane = (r: Range) => POINTS.every((s) => Number.isFinite(r[s]) && r[s] >= 0);

describe('every valid input gives finite, non-negative, ordered amounts', () => {
  // CPU-bound and linear in the number of frameworks (each adds 300 estimates): more than the default
  // 5 s, for a loaded machine.
  it(`${RUNS} generated input sets × every framework`, { timeout: 60_000 }, () => {
    const rnd = random(20261126);
    for (let run = 0; run < RUNS; run++) {
      const inputs = generate(rnd);
      for (const spec of NUMBER_SPECS) {
        const value = inputs[spec.name];
        expect(value === null ? spec.optional : checkNumber(spec, String(value)).ok, `${spec.key}=${value}`).toBe(true);
      }
      for (const e of estimateAll(data, inputs)) {
        const where = `${e.id} ${queryFromInputs(inputs)}`;
        for (const r of [e.monthly, e.oneTime, e.total, ...e.cumulative, ...e.lines.flatMap((l) => [l.amount, l.horizon])]) {
          expect(sane(r) && ordered(r), `${where}: ${JSON.stringify(r)}`).toBe(true);
        }
        for (let y = 1; y < e.cumulative.length; y++) expect(e.cumulative[y]!.likely).toBeGreaterThanOrEqual(e.cumulative[y - 1]!.likely);
        expect(e.peopleShare).toBeGreaterThanOrEqual(0);
        expect(e.peopleShare).toBeLessThanOrEqual(1);
        // What the reader sees is never blank, NaN or Infinity.
        expect(formatRange(e.total)).toMatch(/^\$[\d,]+( \(\$[\d,]+–\$[\d,]+\))?$/);
      }
    }
  });
});

describe('more usage never lowers a cost', () => {
  // Every input that measures usage, team or price; discounts and idle shares lower costs by design.
  const LOWERING = new Set(['spotSharePct', 'spotDiscountPct', 'commitmentDiscountPct', 'servingIdlePct', 'servingUtilPct']);
  const USAGE = NUMBER_SPECS.map((s) => s.name).filter((name) => !LOWERING.has(name) && !name.startsWith('llm'));
  it.each(USAGE)('raising %s', (name) => {
    const spec = NUMBER_SPECS.find((s) => s.name === name)!;
    const rnd = random(name.length * 7919);
    for (let run = 0; run < 60; run++) {
      const inputs = generate(rnd);
      // A blank loaded cost means the preset's figure: raise from that.
      const current = inputValue(data, inputs, spec) ?? spec.min;
      if (current >= spec.max) continue;
      const step = spec.integer ? 1 : Math.max(0.01, (spec.max - current) * rnd());
      const raised = { ...inputs, [name]: Math.min(spec.max, current + step) };
      const before = estimateAll(data, inputs);
      const after = estimateAll(data, raised);
      before.forEach((b, i) => {
        for (const s of POINTS) {
          expect(after[i]!.total[s], `${b.id} ${s} ${name} ${current}→${raised[name]}`).toBeGreaterThanOrEqual(b.total[s] - 1e-6);
          expect(after[i]!.monthly[s]).toBeGreaterThanOrEqual(b.monthly[s] - 1e-6);
        }
      });
    }
  });
});

describe('invalid entries are rejected with a message at the field', () => {
  const invalid = (spec: NumberSpec): string[] => [
    ...(spec.optional ? [] : ['', '   ']),
    '-1',
    'abc',
    '1e309',
    '12abc',
    'NaN',
    'Infinity',
    '0x10',
    String(spec.max + 1),
    '9'.repeat(400),
    ...(spec.min > 0 ? [String(spec.min - 0.5)] : []),
    ...(spec.integer ? ['1.5'] : []),
  ];
  it.each(NUMBER_SPECS.map((spec) => [spec.key, spec] as const))('%s', (_key, spec) => {
    for (const raw of invalid(spec)) {
      const result = checkNumber(spec, raw);
      expect(result.ok, `${spec.key}=${raw}`).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('names the problem in words', () => {
    const gpu = NUMBER_SPECS.find((s) => s.name === 'gpuHours')!;
    const years = NUMBER_SPECS.find((s) => s.name === 'horizonYears')!;
    const sub = NUMBER_SPECS.find((s) => s.name === 'servingUtilPct')!;
    expect(checkNumber(gpu, '')).toEqual({ ok: false, message: 'Enter a number (GPU-hours a month).' });
    expect(checkNumber(gpu, '-3')).toEqual({ ok: false, message: 'Enter a number that is not negative.' });
    expect(checkNumber(gpu, '1e309')).toEqual({ ok: false, message: '“1e309” is not a plain number; enter digits such as 100.' });
    expect(checkNumber(gpu, '2000000')).toEqual({ ok: false, message: 'Enter at most 1,000,000 (GPU-hours a month).' });
    expect(checkNumber(years, '0')).toEqual({ ok: false, message: 'Enter at least 1.' });
    expect(checkNumber(years, '2.5')).toEqual({ ok: false, message: 'Enter a whole number.' });
    expect(checkNumber(gpu, ' 1,250 ')).toEqual({ ok: true, value: 1250 });
    expect(checkNumber(sub, '')).toEqual({ ok: true, value: null });
  });
});

describe('inputs round-trip through the URL', () => {
  it(`${RUNS} generated input sets`, () => {
    const rnd = random(42);
    for (let run = 0; run < RUNS; run++) {
      const inputs = generate(rnd);
      const query = queryFromInputs(inputs);
      expect(inputsFromQuery(query), query).toEqual({ inputs, ignored: [] });
    }
  });

  it('the defaults write an empty query', () => {
    expect(queryFromInputs(DEFAULT_INPUTS)).toBe('');
  });

  it('saved inputs A travel beside B and round-trip', () => {
    const rnd = random(7);
    for (let run = 0; run < 50; run++) {
      const a = generate(rnd);
      const b = generate(rnd);
      const query = writeInputsWithSaved(b, a);
      expect(readInputsWithSaved(query), query).toEqual({ inputs: b, a, ignored: [] });
    }
    expect(readInputsWithSaved(writeInputsWithSaved(DEFAULT_INPUTS, DEFAULT_INPUTS))).toEqual({ inputs: DEFAULT_INPUTS, a: DEFAULT_INPUTS, ignored: [] });
  });

  it('reads the calculator’s keys and falls back, saying so, on what it cannot read', () => {
    const { inputs, ignored } = inputsFromQuery('?cloud=gcp&team=12&platform=3&gpu=1e309&years=2.5&cloud=aws&x=<b>');
    expect(inputs).toEqual({ ...DEFAULT_INPUTS, cloud: 'gcp', dataScientists: 12, platformEngineers: 3 });
    expect(ignored).toEqual([
      '"gpu" had a value we could not use ("1e309"), so its default was kept',
      '"years" had a value we could not use ("2.5"), so its default was kept',
      'a repeated "cloud" (the first one was used)',
      'unknown setting "x"',
    ]);
  });
});

describe('a managed mode never needs more operations hours than self-hosting the same framework', () => {
  const withBoth = data.profiles.filter((p) => p.hosting.some((h) => h.mode === 'self-hosted') && p.hosting.length > 1);
  it.each(withBoth.map((p) => [p.framework, p] as const))('%s, over generated workloads', (_id, profile) => {
    expect(withBoth.length).toBeGreaterThan(0);
    const rnd = random(profile.framework.length * 31);
    for (let run = 0; run < 60; run++) {
      const inputs = generate(rnd);
      const self = estimateFramework(data, profile, { ...inputs, hosting: 'self-hosted' });
      for (const h of profile.hosting.filter((m) => m.mode !== 'self-hosted')) {
        const managed = estimateFramework(data, profile, { ...inputs, hosting: h.mode });
        const ops = (e: typeof self) => e.lines.find((l) => l.id === 'operations')!.amount;
        for (const s of POINTS) expect(ops(managed)[s], `${h.mode} ${s}`).toBeLessThanOrEqual(ops(self)[s] + 1e-9);
        expect(managed.opsHoursMonthly).toBeLessThanOrEqual(self.opsHoursMonthly + 1e-9);
      }
    }
  });
});

describe('the exports hold exactly what the screen shows', () => {
  it('CSV rows are the line rows of every framework, cell for cell; JSON carries the same rows and totals', () => {
    const rnd = random(99);
    for (let run = 0; run < 20; run++) {
      const inputs = generate(rnd);
      const estimates = estimateAll(data, inputs);
      const csv = readCsv(toCsv(estimates, inputs));
      const rows = estimates.flatMap(lineRows);
      const lines = estimates.flatMap((e) => e.lines);
      const body = csv.slice(1, 1 + rows.length);
      expect(body.map((r) => r.slice(0, 5))).toEqual(rows.map((r) => [r.framework, r.category, r.item, r.when, r.amount]));
      // Amounts are numbers a spreadsheet reads, equal to the screen's to the cent.
      body.forEach((r, i) => {
        const line = lines[i]!;
        if (line.status === 'priced') expect(Number(r[6])).toBe(Math.round(line.amount.likely * 100) / 100);
        else expect(r[6]).toBe('');
      });
      // A totals block: run rate, one-time and horizon total per option.
      const totals = csv.slice(1 + rows.length, 1 + rows.length + 3 * estimates.length);
      expect(totals.filter((r) => r[2]!.startsWith('Total over')).map((r) => Number(r[9]))).toEqual(estimates.map((e) => Math.round(e.total.likely * 100) / 100));
      const json = JSON.parse(toJson(inputs, estimates, '2026-12-01'));
      expect(json.frameworks.map((f: { lines: unknown }) => f.lines)).toEqual(estimates.map(lineRows));
      expect(json.frameworks.map((f: { totals: Range }) => f.totals.likely)).toEqual(estimates.map((e) => e.total.likely));
    }
  });
});
