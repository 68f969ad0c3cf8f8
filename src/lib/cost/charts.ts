/**
 * Geometry for the two charts, as plain numbers and path strings, so the island only draws.
 * Scales start at zero; the largest value sets the axis with a little headroom.
 */
import { byCategory } from './model';
import { CATEGORIES, type Category, type FrameworkEstimate } from './types';

export interface BarSegment {
  category: Category;
  x: number;
  width: number;
  value: number;
}

export interface StackedBar {
  id: string;
  title: string;
  segments: BarSegment[];
  total: number;
}

/** Horizontal stacked bars of the likely horizon total by category, widths in [0, width]. */
export function stackedBars(estimates: FrameworkEstimate[], width: number): { bars: StackedBar[]; max: number } {
  const rows = estimates.map((e) => ({ e, parts: byCategory(e) }));
  const max = Math.max(1, ...rows.map(({ e }) => e.total.likely));
  const bars = rows.map(({ e, parts }) => {
    let x = 0;
    const segments: BarSegment[] = [];
    for (const category of CATEGORIES) {
      const value = parts[category];
      if (value <= 0) continue;
      const w = (value / max) * width;
      segments.push({ category, x, width: w, value });
      x += w;
    }
    return { id: e.id, title: e.title, segments, total: e.total.likely };
  });
  return { bars, max };
}

export interface CumulativeSeries {
  id: string;
  title: string;
  /** "x,y x,y …" for the likely line. */
  line: string;
  /** A closed polygon: the high edge forward, the low edge back. */
  band: string;
}

/** Cumulative cost by year-end (0 … N) in a width × height box, y down. */
export function cumulativeSeries(estimates: FrameworkEstimate[], width: number, height: number): { series: CumulativeSeries[]; max: number } {
  const max = Math.max(1, ...estimates.flatMap((e) => e.cumulative.map((r) => r.high)));
  const years = Math.max(1, (estimates[0]?.cumulative.length ?? 2) - 1);
  const x = (year: number) => (year / years) * width;
  const y = (value: number) => height - (value / max) * height;
  const point = (year: number, value: number) => `${x(year).toFixed(1)},${y(value).toFixed(1)}`;
  const series = estimates.map((e) => {
    const likely = e.cumulative.map((r, i) => point(i, r.likely));
    const high = e.cumulative.map((r, i) => point(i, r.high));
    const low = e.cumulative.map((r, i) => point(i, r.low)).reverse();
    return { id: e.id, title: e.title, line: likely.join(' '), band: [...high, ...low].join(' ') };
  });
  return { series, max };
}
