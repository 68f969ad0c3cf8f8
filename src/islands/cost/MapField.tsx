/** A per-option map typed as "id:value, id:value" (vendor quotes, operations hours); loaded with the engine. */
import { useState } from 'preact/hooks';
import { URL_FIELDS } from '~/lib/cost/url';
import { fieldId, TextField } from './Field';

export interface MapSpec {
  name: 'quotes' | 'opsOverrides' | 'setupOverrides';
  label: string;
  unit: string;
  hint: string;
  /** What a malformed entry is told. */
  format: string;
}

export const MAP_SPECS: Record<MapSpec['name'], MapSpec> = {
  quotes: {
    name: 'quotes',
    label: 'Quotes you have, per vendor',
    unit: 'USD a month',
    hint: 'e.g. wandb:600, databricks:3000',
    format: 'Write option:USD, comma-separated (e.g. wandb:600).',
  },
  opsOverrides: {
    name: 'opsOverrides',
    label: 'Operations hours you set, per option',
    unit: 'hours a month, or fte',
    hint: 'e.g. sagemaker:20, kubeflow:0.5fte',
    format: 'Write option:hours or option:0.5fte, comma-separated (e.g. sagemaker:20).',
  },
  setupOverrides: {
    name: 'setupOverrides',
    label: 'One-time hours you set, per option',
    unit: 'hours',
    hint: 'e.g. sagemaker:60. Replaces that option’s setup and learning hours; priced at the platform engineer’s hourly cost.',
    format: 'Write option:hours, comma-separated (e.g. sagemaker:60); hours only, at most 100,000.',
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
    if (parsed === undefined) setError(spec.format);
    else {
      setError('');
      onChange(parsed);
    }
  };
  return <TextField id={id} name={spec.name} label={spec.label} unit={spec.unit} hint={spec.hint} {...{ text, error, onInput }} />;
}
