import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel, { type InputLabelProps } from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

type FieldElement = HTMLInputElement | HTMLSelectElement;

export interface LightTextFieldProps {
  id?: string;
  name?: string;
  label?: ReactNode;
  helperText?: ReactNode;
  error?: boolean;
  required?: boolean;
  disabled?: boolean;
  fullWidth?: boolean;
  sx?: SxProps<Theme>;
  size?: 'small' | 'medium';
  type?: string;
  value: string;
  placeholder?: string | undefined;
  onChange: (e: { target: { value: string } }) => void;
  onBlur?: () => void;
  inputRef?: Ref<FieldElement>;
  /** Attributes of the <input>/<select> itself (aria-describedby, inputMode, ...). */
  htmlInput?: InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}` | `aria-${string}`, unknown>;
  endAdornment?: ReactNode;
  inputLabel?: Partial<InputLabelProps>;
  /** A native <select> of these <option>s instead of a text input. */
  select?: boolean;
  children?: ReactNode;
}

/**
 * An outlined, small text input or native select that looks like MUI's
 * TextField but is built from FormControl, InputLabel, OutlinedInput and
 * NativeSelect only: TextField also pulls in MUI's Select, Menu, Popover and
 * Modal (for non-native selects), which typing in the form never needs.
 */
export function LightTextField({
  id: idProp,
  name,
  label,
  helperText,
  error = false,
  required = false,
  disabled = false,
  fullWidth = true,
  sx,
  size = 'small',
  type,
  value,
  placeholder,
  onChange,
  onBlur,
  inputRef,
  htmlInput,
  endAdornment,
  inputLabel,
  select = false,
  children,
}: LightTextFieldProps) {
  const autoId = useId();
  const id = idProp ?? autoId;
  const labelId = label != null && id ? `${id}-label` : undefined;
  const helperId = helperText != null && id ? `${id}-helper-text` : undefined;
  // The helper text (a problem) first, as fields read their problems before their description.
  const describedBy = [helperId, htmlInput?.['aria-describedby']].filter(Boolean).join(' ') || undefined;
  const inputProps = { ...htmlInput, 'aria-describedby': describedBy };
  const outlined = <OutlinedInput label={label} endAdornment={endAdornment} />;
  return (
    <FormControl variant="outlined" size={size} fullWidth={fullWidth} error={error} required={required} disabled={disabled} sx={sx}>
      {label != null && (
        <InputLabel htmlFor={id} id={labelId} {...inputLabel}>
          {label}
        </InputLabel>
      )}
      {select ? (
        <NativeSelect
          input={outlined}
          id={id}
          name={name}
          value={value}
          onChange={onChange}
          onBlur={onBlur}
          inputRef={inputRef}
          inputProps={inputProps as InputHTMLAttributes<HTMLSelectElement>}
        >
          {children}
        </NativeSelect>
      ) : (
        <OutlinedInput
          id={id}
          name={name}
          type={type}
          value={value}
          placeholder={placeholder}
          onChange={onChange}
          onBlur={onBlur}
          inputRef={inputRef}
          label={label}
          endAdornment={endAdornment}
          inputProps={inputProps}
        />
      )}
      {helperText != null && <FormHelperText id={helperId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
