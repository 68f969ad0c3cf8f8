/** One labelled input of the calculator: a number field with its unit, hint and message, or a choice. */
import type { ChoiceSpec, CostInputs, NumberSpec } from '~/lib/cost/inputs';

export const fieldId = (key: string) => `calc-${key}`;

interface TextFieldProps {
  id: string;
  name: string;
  label: string;
  unit: string;
  hint?: string | undefined;
  error: string | undefined;
  text: string;
  placeholder?: string | undefined;
  /** "decimal" brings up a number keypad on phones; the per-option maps need letters too. */
  inputMode?: 'decimal' | undefined;
  onInput: (raw: string) => void;
}

/** A labelled text input with its unit, hint and error message, tied to it for screen readers. */
export function TextField({ id, name, label, unit, hint, error, text, placeholder, inputMode, onInput }: TextFieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="calc-field">
      <label for={id}>
        {label} <span class="calc-unit">({unit})</span>
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        value={text}
        placeholder={placeholder}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={described || undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="calc-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="calc-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

interface NumberProps {
  spec: NumberSpec;
  text: string;
  error: string | undefined;
  /** Shown in place of a blank optional value: "159,878 (the preset)". */
  placeholder?: string | undefined;
  onInput: (raw: string) => void;
}

export function NumberField({ spec, text, error, placeholder, onInput }: NumberProps) {
  return <TextField id={fieldId(spec.key)} name={spec.key} label={spec.label} unit={spec.unit} hint={spec.hint} inputMode="decimal" {...{ text, error, placeholder, onInput }} />;
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
        {spec.values.map((v) => (
          <option value={v}>{spec.labels[v]}</option>
        ))}
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
