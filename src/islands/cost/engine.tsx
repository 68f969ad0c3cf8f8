/**
 * The calculator's engine, loaded on first need: the model, the summary view, LLM serving and the
 * live summary and details (rendered into the page's containers beside the island, replacing their
 * build-time markup).
 */
import { render } from 'preact';
import type { CostInputs } from '../../lib/cost/inputs';
import { calculatorResult } from '../../lib/cost/result';
import type { CostData } from '../../lib/cost/types';
import { Details, type DetailsProps } from './Details';
import { CompactBar, Summary, type SummaryProps } from './Summary';

export const compute = calculatorResult;

/** Renders the live details into the container the page prepared, reusing its build-time markup. */
export function renderDetails(container: Element, props: DetailsProps) {
  render(<Details {...props} />, container);
}

/** Renders the live summary (and the phones' compact bar) into the container beside the form. */
export function renderSummary(container: Element, props: SummaryProps) {
  render(
    <>
      <Summary {...props} />
      <CompactBar view={props.view} />
    </>,
    container,
  );
}

/** Builds the CSV or JSON of the current view and hands it to the browser; the export code loads on the first download. */
export async function download(kind: 'csv' | 'json', data: CostData, inputs: CostInputs, pricesAsOf: string) {
  const [{ exportFile }, { downloadText }] = await Promise.all([import('../../lib/cost/export'), import('../../browser/download')]);
  const file = exportFile(kind, inputs, compute(data, inputs).estimates, pricesAsOf);
  downloadText(file.fileName, file.text, file.mimeType);
}
