/**
 * The two charts, each with a table beside it for screen readers and for readers without
 * JavaScript. The stacked bars are HTML (their labels stay at text size on any screen); the
 * cumulative chart is an SVG with a narrow coordinate box, so its few labels never shrink to
 * unreadable sizes, and its framework names sit in a legend below it.
 */
import { cumulativeSeries, stackedBars } from '~/lib/cost/charts';
import { formatRange, frameworkLabel } from '~/lib/cost/present';
import { usd } from '~/lib/format';
import { CATEGORIES, CATEGORY_LABELS, type FrameworkEstimate } from '~/lib/cost/types';
import { RowTable } from './RowTable';

const CHART_W = 320;
const CHART_H = 160;

export function BreakdownChart({ estimates, years, drawn }: { estimates: FrameworkEstimate[]; years: number; drawn: boolean }) {
  const bars = stackedBars(estimates, 100);
  return (
    <>
      <h3 id="breakdown">Where the money goes</h3>
      {drawn && (
        <figure class="calc-chart" aria-labelledby="calc-bars-caption">
          <div class="calc-bars" role="img" aria-labelledby="calc-bars-caption">
            {bars.bars.map((bar) => (
              <div class="calc-bar-row">
                <span class="calc-bar-label">{bar.title}</span>
                <span class="calc-bar-track">
                  {bar.segments.map((seg) => (
                    <span class={`calc-seg calc-seg-${seg.category}`} style={{ width: `${seg.width}%` }} title={`${CATEGORY_LABELS[seg.category]}: ${usd(seg.value)}`} />
                  ))}
                </span>
                <span class="calc-bar-value">{usd(bar.total)}</span>
              </div>
            ))}
          </div>
          <figcaption id="calc-bars-caption">
            Likely {years}-year total by category.{' '}
            <span class="calc-legend">
              {CATEGORIES.map((c) => (
                <span>
                  <span class={`calc-swatch calc-seg-${c}`} aria-hidden="true" />
                  {CATEGORY_LABELS[c]}
                </span>
              ))}
            </span>
          </figcaption>
        </figure>
      )}
      <details class="calc-alt">
        <summary>The breakdown as a table</summary>
        <RowTable
          label="Breakdown by category"
          caption={`Likely ${years}-year total by category, USD`}
          corner="Framework"
          columns={CATEGORIES.map((c) => CATEGORY_LABELS[c])}
          rows={bars.bars.map((bar) => ({ head: bar.title, cells: CATEGORIES.map((c) => usd(bar.segments.find((s) => s.category === c)?.value ?? 0)) }))}
        />
      </details>
    </>
  );
}

export function CumulativeChart({ estimates, years, drawn }: { estimates: FrameworkEstimate[]; years: number; drawn: boolean }) {
  const curves = cumulativeSeries(estimates, CHART_W, CHART_H);
  return (
    <>
      <h3 id="over-time">Cumulative cost over time</h3>
      {drawn && (
        <figure class="calc-chart calc-chart-line">
          <svg viewBox={`-4 -8 ${CHART_W + 8} ${CHART_H + 28}`} role="img" aria-labelledby="calc-curves-caption">
            <line x1="0" y1={CHART_H} x2={CHART_W} y2={CHART_H} class="calc-axis" />
            {Array.from({ length: years + 1 }, (_, y) => (
              <text x={(y / years) * CHART_W} y={CHART_H + 16} text-anchor={y === 0 ? 'start' : y === years ? 'end' : 'middle'} class="calc-chart-label">{`year ${y}`}</text>
            ))}
            <text x="2" y="4" class="calc-chart-label">
              {usd(curves.max)}
            </text>
            {curves.series.map((s, i) => (
              <polygon points={s.band} class={`calc-band calc-line-${i}`} />
            ))}
            {curves.series.map((s, i) => (
              <polyline points={s.line} class={`calc-curve calc-line-${i}`} />
            ))}
          </svg>
          <figcaption id="calc-curves-caption">
            Cumulative likely cost at each year end, the low–high band shaded; lines that cross show where one option overtakes another.
            <span class="calc-legend">
              {curves.series.map((s, i) => (
                <span>
                  <span class={`calc-swatch calc-line-${i}`} aria-hidden="true" />
                  {s.title}
                </span>
              ))}
            </span>
          </figcaption>
        </figure>
      )}
      <details class="calc-alt">
        <summary>Cumulative cost as a table</summary>
        <RowTable
          label="Cumulative cost by year"
          caption="Cumulative cost at each year end, likely (low–high), USD"
          corner="Framework"
          columns={estimates[0]!.cumulative.map((_, y) => `Year ${y}`)}
          rows={estimates.map((e) => ({ head: frameworkLabel(e), cells: e.cumulative.map(formatRange) }))}
        />
      </details>
    </>
  );
}
