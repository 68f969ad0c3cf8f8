import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../../src/lib/cost/inputs';
import { cumulativeSeries, stackedBars } from '../../src/lib/cost/charts';
import { byCategory, estimateAll } from '../../src/lib/cost/model';
import { loadCostData } from '../support/cost-data';

const estimates = estimateAll(loadCostData(), { ...DEFAULT_INPUTS, horizonYears: 5 });

describe('chart geometry', () => {
  it('stacked bars: the longest bar fills the width and each bar’s segments add up to its total', () => {
    const { bars, max } = stackedBars(estimates, 480);
    expect(max).toBe(Math.max(...estimates.map((e) => e.total.likely)));
    for (const [i, bar] of bars.entries()) {
      const width = bar.segments.reduce((sum, s) => sum + s.width, 0);
      expect(width).toBeCloseTo((estimates[i]!.total.likely / max) * 480, 6);
      expect(bar.segments.map((s) => s.value)).toEqual(Object.values(byCategory(estimates[i]!)).filter((v) => v > 0));
    }
  });

  it('cumulative lines: labels at least 13 px apart, all inside the plot', () => {
    const { series } = cumulativeSeries(estimates, 520, 220);
    const ys = series.map((s) => s.labelY).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13 - 1e-9);
    expect(Math.max(...ys)).toBeLessThanOrEqual(220);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    // Six points a line for a five-year horizon: year 0 … year 5.
    expect(series[0]!.line.split(' ')).toHaveLength(6);
  });
});
