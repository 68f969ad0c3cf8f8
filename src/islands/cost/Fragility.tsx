/**
 * Where the answer is fragile: the tornado for one framework and the crossover between two options
 * (a framework in a hosting mode). The computation loads on first use, off the page's first script.
 */
import { useState } from 'preact/hooks';
import { HOSTING_WORDS } from '~/lib/cost/present';
import { usd } from '~/lib/format';
import { RowTable } from './RowTable';
import type { CostInputs } from '~/lib/cost/inputs';
import type { CostData, FrameworkEstimate } from '~/lib/cost/types';
import { inSentence } from '~/lib/cost/words-case';

type Sensitivity = typeof import('~/lib/cost/sensitivity');

interface Props {
  data: CostData;
  inputs: CostInputs;
  estimates: FrameworkEstimate[];
}

const valueText = (v: number) => (Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en-US') : String(Math.round(v * 100) / 100));

export function Fragility({ data, inputs, estimates }: Props) {
  const [lib, setLib] = useState<Sensitivity | null>(null);
  const [failed, setFailed] = useState(false);
  const [subject, setSubject] = useState(estimates[0]?.id ?? '');
  const [pair, setPair] = useState<[string, string]>(['', '']);
  const load = () =>
    import('~/lib/cost/sensitivity')
      .then((module) => {
        setLib(module);
        const options = module.optionsOf(data);
        setPair([module.optionKey(options[0]!), module.optionKey(options[1] ?? options[0]!)]);
      })
      .catch(() => setFailed(true));

  const heading = <h3 id="fragility">Where the answer is fragile</h3>;
  if (!lib) {
    return (
      <section aria-labelledby="fragility">
        {heading}
        <p class="prose">Which inputs move a framework’s total most, and at what value two options cost the same.</p>
        <button type="button" class="calc-button no-print" onClick={load}>
          Show the sensitivity and the crossovers
        </button>
        {failed && <p class="calc-error">The chart could not load; reload the page to try again.</p>}
      </section>
    );
  }
  const title = (id: string) => data.titles[id] ?? id;
  const profile = data.profiles.find((p) => p.framework === subject) ?? data.profiles[0]!;
  const bars = lib.tornado(data, profile, inputs);
  const base = estimates.find((e) => e.id === profile.framework)!.total.likely;
  const widest = Math.max(1, ...bars.flatMap((b) => [Math.abs(b.atLow - base), Math.abs(b.atHigh - base)]));
  const options = lib.optionsOf(data);
  const optionLabel = (key: string) => {
    const [id, mode] = key.split(':') as [string, keyof typeof HOSTING_WORDS];
    return `${title(id)} (${HOSTING_WORDS[mode]})`;
  };
  const a = options.find((o) => lib.optionKey(o) === pair[0])!;
  const b = options.find((o) => lib.optionKey(o) === pair[1])!;
  const crosses = a && b && pair[0] !== pair[1] ? lib.crossovers(data, a, b, inputs).slice(0, 4) : [];
  return (
    <section aria-labelledby="fragility">
      {heading}
      <div class="calc-field">
        <label for="calc-tornado">Sensitivity of</label>
        <select id="calc-tornado" value={profile.framework} onChange={(e) => setSubject((e.currentTarget as HTMLSelectElement).value)}>
          {data.profiles.map((p) => (
            <option value={p.framework}>{title(p.framework)}</option>
          ))}
        </select>
      </div>
      <figure class="calc-chart">
        <div class="calc-tornado" role="img" aria-labelledby="calc-tornado-caption">
          {bars.map((bar) => {
            const left = ((Math.min(bar.atLow, bar.atHigh) - base) / widest) * 50;
            const right = ((Math.max(bar.atLow, bar.atHigh) - base) / widest) * 50;
            return (
              <div class="calc-tornado-row">
                <span class="calc-bar-label">{bar.label}</span>
                <span class="calc-tornado-track">
                  <span class="calc-tornado-bar" style={{ left: `${50 + Math.min(0, left)}%`, width: `${Math.max(0.5, Math.max(0, right) - Math.min(0, left))}%` }} />
                </span>
              </div>
            );
          })}
        </div>
        <figcaption id="calc-tornado-caption">
          {title(profile.framework)}: the likely total ({usd(base)}) with one input at a time at its low and high value; widest swing first.
        </figcaption>
      </figure>
      <RowTable
        label="Sensitivity as a table"
        class="calc-cards"
        labelled
        caption="Likely total with each input at its low and its high value, USD"
        corner="Input"
        columns={['Low value', 'Total at low', 'High value', 'Total at high']}
        rows={bars.map((bar) => ({
          head: bar.label,
          cells: [
            bar.name === 'operations-range' ? 'low end' : valueText(bar.lowValue),
            usd(bar.atLow),
            bar.name === 'operations-range' ? 'high end' : valueText(bar.highValue),
            usd(bar.atHigh),
          ],
        }))}
      />
      <h4>Where two options cross</h4>
      <div class="calc-pair">
        {[0, 1].map((side) => (
          <div class="calc-field">
            <label for={`calc-cross-${side}`}>{side === 0 ? 'Compare' : 'with'}</label>
            <select
              id={`calc-cross-${side}`}
              value={pair[side]}
              onChange={(e) => {
                const next: [string, string] = [...pair];
                next[side] = (e.currentTarget as HTMLSelectElement).value;
                setPair(next);
              }}
            >
              {options.map((o) => (
                <option value={lib.optionKey(o)}>{optionLabel(lib.optionKey(o))}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {pair[0] === pair[1] ? (
        <p>Pick two different options.</p>
      ) : crosses.length === 0 ? (
        <p>Their likely totals do not cross anywhere in the inputs’ ranges: one stays cheaper whatever single input you change.</p>
      ) : (
        <ul class="calc-crossovers">
          {crosses.map((c) => (
            <li>
              {optionLabel(c.cheaperAbove)} becomes cheaper than {optionLabel(c.cheaperBelow)} above {valueText(c.value)} {c.unit} of “{inSentence(c.label)}”.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
