/** A labelled whole-number input with its allowed range, shared by the option forms. */
import { h } from '../dom.js';

/** A labelled `<input type="number">` and its wrapper. */
export interface NumberField {
  readonly wrapper: HTMLDivElement;
  readonly input: HTMLInputElement;
  readonly label: string;
}

/** Builds a number field; the range is shown to the user and enforced by {@link readNumberField}. */
export function numberField(id: string, label: string, value: number, range: { readonly min: number; readonly max: number }, hint?: string): NumberField {
  const hintId = `${id}-hint`;
  const input = h('input', {
    type: 'number',
    id,
    name: id,
    inputmode: 'numeric',
    min: range.min,
    max: range.max,
    step: 1,
    value,
    required: true,
    'aria-describedby': hintId,
  });
  const wrapper = h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    input,
    h('span', { id: hintId, class: 'hint' }, hint ?? `${range.min} to ${range.max}`),
  );
  return { wrapper, input, label };
}

/** The field's whole number when it is within its range, else null (and the field marked invalid). */
export function readNumberField(field: NumberField): number | null {
  const { input } = field;
  const value = Number(input.value);
  const ok = input.value.trim() !== '' && Number.isInteger(value) && value >= Number(input.min) && value <= Number(input.max);
  input.setAttribute('aria-invalid', ok ? 'false' : 'true');
  return ok ? value : null;
}
