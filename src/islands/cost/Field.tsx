/** One labelled input of the calculator: a number field with its unit, hint and message, or a choice. */
import type { ChoiceSpec, CostInputs, NumberSpec } from '~/lib/cost/inputs';

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
      {spec.hint && (
        <p id={`${id}-hint`} class="calc-hint">
          {spec.hint}
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
