import { describe, expect, it } from 'vitest';
import { cumulativeSeries, stackedBars } from '~/lib/cost/charts';
import { DEFAULT_INPUTS } from '~/lib/cost/inputs';
import { byCategory, estimateFrameworks } from '~/lib/cost/model';
import { loadCostData } from '../support/cost-data';

const estimates = estimateFrameworks(loadCostData(), { ...DEFAULT_INPUTS, horizonYears: 5 });

describe('chart geometry', () => {
  it('stacked bars: the longest bar fills the width and each bar’s segments add up to its total', () => {
    const { bars, max } = stackedBars(estimates, 100);
    expect(max).toBe(Math.max(...estimates.map((e) => e.total.likely)));
    for (const [i, bar] of bars.entries()) {
      const width = bar.segments.reduce((sum, s) => sum + s.width, 0);
      expect(width).toBeCloseTo((estimates[i]!.total.likely / max) * 100, 6);
      expect(bar.segments.map((s) => s.value)).toEqual(Object.values(byCategory(estimates[i]!)).filter((v) => v > 0));
    }
    expect(Math.max(...bars.map((b) => b.segments.reduce((sum, s) => sum + s.width, 0)))).toBeCloseTo(100, 6);
  });

  it('cumulative lines stay inside the plot, one point per year end', () => {
    const { series } = cumulativeSeries(estimates, 320, 160);
    for (const s of series) {
      const points = s.line.split(' ').map((p) => p.split(',').map(Number));
      expect(points).toHaveLength(6);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(320);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(160);
      }
    }
  });
});
