import type React from 'react';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

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

type SelectInputProps = Omit<TextFieldProps, 'select' | 'onChange' | 'value' | 'children'> & {
  options: readonly SelectOption[];
  value: string;
  onValueChange: (value: string) => void;
};

/** A native <select> styled as an MUI text field: keyboard friendly and fillable by name. */
export function SelectInput({ options, value, onValueChange, slotProps, ...rest }: SelectInputProps) {
  return (
    <TextField
      {...rest}
      select
      value={value}
      onChange={(e) => onValueChange(e.target.value)}
      slotProps={{ ...slotProps, select: { native: true } }}
    >
      {renderOptions(options)}
    </TextField>
  );
}
