import type React from 'react';
import { LightTextField, type LightTextFieldProps } from './light-text-field';

export interface SelectOption {
  value: string;
  label: string;
  /** Options with a group are shown under an <optgroup> of that label. */
  group?: string;
}

function renderOptions(options: readonly SelectOption[]) {
  const out: React.ReactNode[] = [];
  let i = 0;
  while (i < options.length) {
    const group = options[i]!.group;
    if (group === undefined) {
      const o = options[i]!;
      out.push(
        <option key={o.value} value={o.value}>
          {o.label}
        </option>,
      );
      i += 1;
      continue;
    }
    const members: SelectOption[] = [];
    while (i < options.length && options[i]!.group === group) members.push(options[i++]!);
    out.push(
      <optgroup key={`g-${group}-${i}`} label={group}>
        {members.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </optgroup>,
    );
  }
  return out;
}

type SelectInputProps = Omit<LightTextFieldProps, 'select' | 'onChange' | 'value' | 'children' | 'htmlInput' | 'inputLabel' | 'type' | 'placeholder' | 'endAdornment'> & {
  options: readonly SelectOption[];
  value: string;
  onValueChange: (value: string) => void;
  slotProps?: { htmlInput?: LightTextFieldProps['htmlInput']; inputLabel?: LightTextFieldProps['inputLabel'] };
};

/**
 * Whether the select shows an option's text although its value is empty
 * ("unset (Equal)"): MUI floats the label only for a non-empty value, so the
 * label would sit on that text.
 */
function showsEmptyValuedText(options: readonly SelectOption[], value: string): boolean {
  if (value !== '') return false;
  // A native select shows the option whose value matches, else its first option.
  const shown = options.find((o) => o.value === '') ?? options[0];
  return shown !== undefined && shown.label !== '';
}

/** A native <select> styled as an MUI text field: keyboard friendly and fillable by name. */
export function SelectInput({ options, value, onValueChange, slotProps, ...rest }: SelectInputProps) {
  const inputLabel = slotProps?.inputLabel;
  // Only a labelled select has a label to float (and a notch to open for it).
  const shrink = rest.label != null && rest.label !== '' && showsEmptyValuedText(options, value);
  const labelProps = shrink ? { shrink: true, ...inputLabel } : inputLabel;
  return (
    <LightTextField
      {...rest}
      select
      value={value}
      onChange={(e) => onValueChange(e.target.value)}
      {...(slotProps?.htmlInput ? { htmlInput: slotProps.htmlInput } : {})}
      {...(labelProps ? { inputLabel: labelProps } : {})}
    >
      {renderOptions(options)}
    </LightTextField>
  );
}
