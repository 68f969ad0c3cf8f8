/** One labelled input of the calculator: a number field with its unit, hint and message, or a choice. */
import { useState } from 'preact/hooks';
import type { ChoiceSpec, CostInputs, NumberSpec } from '../../lib/cost/inputs';
import { URL_FIELDS } from '../../lib/cost/url';

export const fieldId = (key: string) => `calc-${key}`;

interface NumberProps {
  spec: NumberSpec;
  text: string;
  error: string | undefined;
  /** Shown in place of a blank optional value: "159,878 (the preset)". */
  placeholder?: string | undefined;
  onInput: (raw: string) => void;
}

export function NumberField({ spec, text, error, placeholder, onInput }: NumberProps) {
  const id = fieldId(spec.key);
  const described = [spec.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="calc-field">
      <label for={id}>
        {spec.label} <span class="calc-unit">({spec.unit})</span>
      </label>
      <input
        id={id}
        name={spec.key}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        placeholder={placeholder}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={described || undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {spec.hint && <p id={`${id}-hint`} class="calc-hint">{spec.hint}</p>}
      {error && <p id={`${id}-error`} class="calc-error"><span aria-hidden="true">⚠ </span>{error}</p>}
    </div>
  );
}

interface ChoiceProps {
  spec: ChoiceSpec;
  value: CostInputs[ChoiceSpec['name']];
  onChange: (value: string) => void;
}

export function ChoiceField({ spec, value, onChange }: ChoiceProps) {
  const id = fieldId(spec.key);
  return (
    <div class="calc-field">
      <label for={id}>{spec.label}</label>
      <select id={id} value={value as string} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {spec.values.map((v) => <option value={v}>{spec.labels[v]}</option>)}
      </select>
    </div>
  );
}

/** Opens the group an input sits in and focuses it: how a line's "change" link reaches its input. */
export function focusField(key: string, event?: Event) {
  const target = document.getElementById(fieldId(key));
  if (!target) return;
  event?.preventDefault();
  const group = target.closest('details');
  if (group) group.open = true;
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

export interface MapSpec {
  name: 'quotes' | 'opsOverrides';
  label: string;
  unit: string;
  hint: string;
}

export const MAP_SPECS: Record<MapSpec['name'], MapSpec> = {
  quotes: {
    name: 'quotes',
    label: 'Quotes you have, per vendor',
    unit: 'option id: USD a month',
    hint: 'e.g. “wandb:600, databricks:3000”. Each applies only to that vendor’s options; a vendor without one stays incomplete.',
  },
  opsOverrides: {
    name: 'opsOverrides',
    label: 'Operations hours you set, per option',
    unit: 'option id: hours a month, or a share of one person',
    hint: 'e.g. “sagemaker:20, kubeflow:0.5fte”. Blank: the effort profiles’ hours, which grow with models, pipelines and users.',
  },
};

const textOf = (value: Record<string, number>) => URL_FIELDS.quotes.format(value).replace(/,/g, ', ');

/** A per-option map typed as "id:value, id:value"; a malformed entry gets a message and changes nothing. */
export function MapField({ spec, value, onChange }: { spec: MapSpec; value: Record<string, number>; onChange: (value: Record<string, number>) => void }) {
  const id = fieldId(spec.name);
  const [text, setText] = useState(() => textOf(value));
  const [error, setError] = useState('');
  const onInput = (raw: string) => {
    setText(raw);
    const cleaned = raw.replace(/\s+/g, '').replace(/,$/, '');
    const parsed = cleaned === '' ? {} : URL_FIELDS[spec.name].parse(cleaned);
    if (parsed === undefined) setError('Write each entry as option:number, separated by commas (add “fte” for a share of one person).');
    else {
      setError('');
      onChange(parsed);
    }
  };
  return (
    <div class="calc-field">
      <label for={id}>
        {spec.label} <span class="calc-unit">({spec.unit})</span>
      </label>
      <input id={id} name={spec.name} type="text" autoComplete="off" value={text} aria-invalid={error ? 'true' : 'false'} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} />
      <p id={`${id}-hint`} class="calc-hint">{spec.hint}</p>
      {error && <p id={`${id}-error`} class="calc-error"><span aria-hidden="true">⚠ </span>{error}</p>}
    </div>
  );
}
