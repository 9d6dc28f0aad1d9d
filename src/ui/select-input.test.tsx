// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { SelectInput, type SelectOption } from './select-input';

afterEach(cleanup);

const UNSET_FIRST: readonly SelectOption[] = [
  { value: '', label: 'unset (Equal)' },
  { value: 'Exists', label: 'Exists' },
];

function labelShrunk(name: string): boolean {
  const label = document.querySelector(`label[for="${name}"]`);
  if (!label) throw new Error(`no label for ${name}`);
  // The field's root carries the floated state (its outline opens a notch for the label too).
  return label.closest('.vb-tf')?.hasAttribute('data-shrink') ?? false;
}

describe('SelectInput label', () => {
  test('floats above an empty-valued option that shows text, instead of covering it', () => {
    render(<SelectInput id="op" name="op" label="Operator" value="" options={UNSET_FIRST} onValueChange={() => undefined} />);
    expect((screen.getByRole('combobox', { name: 'Operator' }) as HTMLSelectElement).value).toBe('');
    expect(labelShrunk('op')).toBe(true);
  });

  test('sits in the field when the selected empty option has no text, and floats for a chosen value', () => {
    const blank: SelectOption[] = [{ value: '', label: '' }, ...UNSET_FIRST.slice(1)];
    render(
      <>
        <SelectInput id="blank" name="blank" label="Blank" value="" options={blank} onValueChange={() => undefined} />
        <SelectInput id="set" name="set" label="Set" value="Exists" options={UNSET_FIRST} onValueChange={() => undefined} />
      </>,
    );
    expect(labelShrunk('blank')).toBe(false);
    expect(labelShrunk('set')).toBe(true);
  });

  test('an explicit inputLabel shrink from the caller wins', () => {
    render(<SelectInput id="op" name="op" label="Operator" value="" options={UNSET_FIRST} onValueChange={() => undefined} slotProps={{ inputLabel: { shrink: false } }} />);
    expect(labelShrunk('op')).toBe(false);
  });
});
