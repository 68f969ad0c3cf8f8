/**
 * The inputs as printed: a compact list of values in place of the form, which print hides. Drawn
 * once the island runs (not at build time, so the page's HTML stays small); groups that do not apply
 * (LLM serving when it is off, the data centre's rates on a public cloud) are left out.
 */
import { CHOICE_SPECS, NUMBER_SPECS, type CostInputs } from '../../lib/cost/inputs';

const valueText = (inputs: CostInputs, name: string): string | null => {
  const choice = CHOICE_SPECS.find((s) => s.name === name);
  if (choice) return choice.labels[inputs[choice.name] as string] ?? null;
  const spec = NUMBER_SPECS.find((s) => s.name === name);
  if (!spec) return null;
  const value = inputs[spec.name];
  return value === null ? 'default' : `${value.toLocaleString('en-US')} ${spec.unit}`;
};

const perOption = (map: Record<string, number>) =>
  Object.entries(map)
    .map(([id, v]) => `${id} ${v.toLocaleString('en-US', { maximumFractionDigits: 1 })}`)
    .join(', ');

export function PrintInputs({ inputs, groups }: { inputs: CostInputs; groups: Array<{ legend: string; fields: string[] }> }) {
  const skip = (legend: string) => (legend.startsWith('LLM') && inputs.genai === 'no') || (legend.startsWith('Your own data') && inputs.cloud !== 'onprem');
  const labelOf = (name: string) => [...NUMBER_SPECS, ...CHOICE_SPECS].find((s) => s.name === name)?.label;
  const maps = { quotes: 'Quotes (USD a month)', opsOverrides: 'Operations hours a month', setupOverrides: 'One-time hours' } as const;
  return (
    <div class="calc-print-inputs print-only" id="calc-print-inputs">
      <h2>Your inputs</h2>
      <ul>
        {groups
          .filter((g) => !skip(g.legend))
          .flatMap((g) => g.fields)
          .map((name) => {
            if (name in maps) {
              const map = inputs[name as keyof typeof maps];
              return Object.keys(map).length > 0 ? <li>{maps[name as keyof typeof maps]}: {perOption(map)}</li> : null;
            }
            const text = valueText(inputs, name);
            return text === null ? null : <li>{labelOf(name)}: {text}</li>;
          })}
        {inputs.scope.length > 0 && <li>Scope: {inputs.scope.join(', ')}</li>}
      </ul>
    </div>
  );
}
