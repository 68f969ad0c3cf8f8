/** Saved inputs A beside the current inputs (B): what changed, and each framework's totals and difference. */
import { signed, usd } from '~/lib/format';
import { RowTable } from './RowTable';
import { changedInputs, compareInputs } from '~/lib/cost/inputs-compare';
import type { CostInputs } from '~/lib/cost/inputs';
import type { CostData } from '~/lib/cost/types';
import { inSentence } from '~/lib/cost/words-case';

interface Props {
  data: CostData;
  a: CostInputs | null;
  b: CostInputs;
  onSave: () => void;
  onRestore: () => void;
  onClear: () => void;
}

/** "+$1,200", "−$300" (a true minus sign, as signed() writes it), "$0". */
const signedUsd = (value: number) => {
  const rounded = Math.round(value);
  return rounded === 0 ? '$0' : `${signed(Math.sign(rounded)).replace('1', '')}${usd(Math.abs(rounded))}`;
};

export function InputsCompare({ data, a, b, onSave, onRestore, onClear }: Props) {
  return (
    <section aria-labelledby="inputs-compare">
      <h3 id="inputs-compare">Compare two sets of inputs</h3>
      <div class="calc-actions no-print">
        <button type="button" class="calc-button" onClick={onSave}>
          {a ? 'Replace A with these inputs' : 'Save these inputs as A'}
        </button>
        {a && (
          <button type="button" class="calc-button" onClick={onRestore}>
            Go back to A
          </button>
        )}
        {a && (
          <button type="button" class="calc-button" onClick={onClear}>
            Forget A
          </button>
        )}
      </div>
      {!a ? (
        <p class="prose">
          Save the current inputs as A, change them, and B (what you see now) appears beside A with the differences. Both are in the address, so the link shares the comparison.
        </p>
      ) : (
        <InputsCompareTable data={data} a={a} b={b} />
      )}
    </section>
  );
}

function InputsCompareTable({ data, a, b }: { data: CostData; a: CostInputs; b: CostInputs }) {
  const changes = changedInputs(a, b);
  const rows = compareInputs(data, a, b);
  return (
    <>
      <p>
        {changes.length === 0
          ? 'B has the same inputs as A: change any input to compare.'
          : `B differs from A in ${changes.map((c) => `${inSentence(c.label)} (${c.a} → ${c.b})`).join('; ')}.`}
      </p>
      <RowTable
        label="Saved inputs A and current inputs B"
        class="calc-cards"
        labelled
        caption="Likely total over each set’s horizon, USD"
        corner="Framework"
        columns={['A', 'B', 'B − A']}
        rows={rows.map((row) => ({ head: row.title, cells: [usd(row.a.likely), usd(row.b.likely), signedUsd(row.difference)] }))}
      />
    </>
  );
}
