/**
 * The calculator's engine, loaded on first need: the model, the summary view, LLM serving, the
 * live summary and details (rendered into the page's containers beside the island, replacing their
 * build-time markup), and the URL codec: a page opened without a link's inputs needs none of it
 * until the reader's first edit.
 */
import { render } from 'preact';
import type { UrlCodec } from '~/browser/use-url-state';
import type { CostInputs } from '~/lib/cost/inputs';
import { readInputsWithSaved, writeInputsWithSaved, type InputsWithSaved } from '~/lib/cost/saved-inputs';
import { calculatorResult } from '~/lib/cost/result';
import type { CostData } from '~/lib/cost/types';
import { Details, type DetailsProps } from './Details';
import { CompactBar, Summary, type SummaryProps } from './Summary';

export const compute = calculatorResult;
export { checklistQuery } from '~/lib/cost/checklist';
export { queryFromInputs } from '~/lib/cost/url';

/** The inputs (and the saved inputs A) in the query string; what a link held that could not be used comes back in words. */
export const CODEC: UrlCodec<InputsWithSaved> = {
  read: (search) => {
    const { ignored, ...state } = readInputsWithSaved(search);
    return { state: { ...state, ignored: [] }, ignored };
  },
  write: (state) => writeInputsWithSaved(state.inputs, state.a),
};

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
  const [{ exportFile }, { downloadText }] = await Promise.all([import('~/lib/cost/export'), import('~/browser/download')]);
  // The CSV names each line's source by its title, as the page does.
  const file = exportFile(kind, inputs, compute(data, inputs).estimates, pricesAsOf, typeof location === 'undefined' ? undefined : location.href, data.sourceTitles);
  downloadText(file.fileName, file.text, file.mimeType);
}

export { MapField, MAP_SPECS } from './MapField';
