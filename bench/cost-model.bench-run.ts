/**
 * The calculator's recompute time: what one input change costs, for all six frameworks, measured
 * as the island does it (every estimate, the summary rows, one framework's line items and the
 * chart geometry). Writes bench/cost-model-results.md. Timings are noisy; nothing here asserts them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { it } from 'vitest';
import { cumulativeSeries, stackedBars } from '../src/lib/cost/charts';
import { DEFAULT_INPUTS, NUMBER_SPECS } from '../src/lib/cost/inputs';
import { estimateFrameworks } from '../src/lib/cost/model';
import { lineRows, summaryRow } from '../src/lib/cost/present';
import { verdictOf } from '../src/lib/cost/verdict';
import { ROOT_DIR } from '../tests/support/builds.mjs';
import { loadCostData } from '../tests/support/cost-data';

const RUNS = 5000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

it('recompute after one input change', () => {
  const data = loadCostData();
  const changeable = NUMBER_SPECS.filter((spec) => !spec.optional);
  const estimateAll = estimateFrameworks;
  const time = (work: (i: number) => void) => {
    for (let i = 0; i < 200; i++) work(i); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      work(i);
      samples.push(performance.now() - started);
    }
    return samples.sort((a, b) => a - b);
  };
  // Each run changes one field, as one keystroke does.
  const inputsFor = (i: number) => {
    const spec = changeable[i % changeable.length]!;
    const value = spec.min + ((i * 7919) % 1000) / 1000 * (Math.min(spec.max, (spec.fallback ?? 1) * 3 + 1) - spec.min);
    return { ...DEFAULT_INPUTS, [spec.name]: spec.integer ? Math.round(value) : value };
  };
  const model = time((i) => estimateAll(data, inputsFor(i)));
  const view = time((i) => {
    const estimates = estimateAll(data, inputsFor(i));
    estimates.map(summaryRow);
    verdictOf(estimates, DEFAULT_INPUTS.horizonYears);
    lineRows(estimates[0]!);
    stackedBars(estimates, 100);
    cumulativeSeries(estimates, 320, 160);
  });
  const row = (name: string, s: number[]) =>
    `| ${name} | ${percentile(s, 50).toFixed(3)} ms | ${percentile(s, 95).toFixed(3)} ms | ${s.at(-1)!.toFixed(3)} ms |`;
  const text = [
    '# Cost calculator benchmark',
    '',
    `Recorded ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}.`,
    `${RUNS} runs after a warm-up, each changing one numeric input; ${data.profiles.length} frameworks. Single runs on a shared machine.`,
    '',
    '| what | median | p95 | max |',
    '| --- | --- | --- | --- |',
    row('model: estimate every framework', model),
    row('model + verdict + table rows + chart geometry (what the island recomputes)', view),
    '',
  ].join('\n');
  writeFileSync(join(ROOT_DIR, 'bench', 'cost-model-results.md'), text);
  console.log(text);
});
