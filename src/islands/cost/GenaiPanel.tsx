/** LLM serving: a managed per-token API against the same open model on GPUs you run, and the break-even. */
import { countOf, usd } from '~/lib/format';
import { standingClass, STANDING_LABELS } from '~/lib/cost/present';
import type { GenaiEstimate } from '~/lib/cost/genai';

export function GenaiPanel({ genai, sourcesPath }: { genai: GenaiEstimate; sourcesPath: string }) {
  const { api, selfHosted, breakEvenMillionTokens } = genai;
  const cheaper = selfHosted.monthly === null ? null : selfHosted.monthly < api.monthly ? 'self-hosted' : 'api';
  return (
    <section aria-labelledby="genai">
      <h3 id="genai">LLM serving: per-token API or your own GPUs</h3>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="LLM serving">
        <table class="calc-cards">
          <caption>A month, USD, the same for every framework on this cloud</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">A month</th>
              <th scope="col">Formula</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Managed per-token API</th>
              <td data-label="A month">{usd(api.monthly)}</td>
              <td data-label="Formula" class="calc-formula">
                {api.formula}
              </td>
              <td data-label="Source">
                {api.input && (
                  <>
                    <a href={`${sourcesPath}#${api.input.source}`}>{api.input.source}</a>{' '}
                    <span class={standingClass(api.input.standing)}>{STANDING_LABELS[api.input.standing]}</span>
                  </>
                )}
              </td>
            </tr>
            <tr>
              <th scope="row">Self-hosted on GPU endpoints</th>
              <td data-label="A month">{selfHosted.monthly === null ? 'quote' : usd(selfHosted.monthly)}</td>
              <td data-label="Formula" class="calc-formula">
                {selfHosted.formula}
              </td>
              <td data-label="Source">
                {selfHosted.price && (
                  <>
                    <a href={`${sourcesPath}#${selfHosted.price.source}`}>{selfHosted.price.source}</a>{' '}
                    <span class={standingClass(selfHosted.price.standing)}>{STANDING_LABELS[selfHosted.price.standing]}</span>
                  </>
                )}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p>
        {breakEvenMillionTokens === null
          ? 'Enter your data centre’s GPU rate to see the break-even.'
          : `Break-even: about ${countOf(Math.round(breakEvenMillionTokens), 'million tokens', 'million tokens')} a month with your input/output mix. `}
        {cheaper === 'api' && 'At your volume the per-token API costs less. '}
        {cheaper === 'self-hosted' && 'At your volume your own GPUs cost less, if they can carry the load. '}
        Self-hosting assumes your replicas can serve the volume: measure their throughput before you rely on it, and add the people who run them (Operations above).
      </p>
    </section>
  );
}
