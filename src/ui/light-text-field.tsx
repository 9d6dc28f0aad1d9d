import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import { useId, type ChangeEvent, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

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
  /** `shrink` keeps the label floated above the outline (a select showing text for an empty value). */
  inputLabel?: { shrink?: boolean };
  /** A native <select> of these <option>s instead of a text input. */
  select?: boolean;
  children?: ReactNode;
}

/** MUI's ArrowDropDown icon (Material Design, Apache 2.0). */
const ARROW = 'M7 10l5 5 5-5z';

/**
 * An outlined text input or native select that looks like MUI's TextField
 * (label floating into a notch of the outline, helper text below) but is
 * plain elements styled by light-styles.ts: no MUI FormControl, InputLabel,
 * OutlinedInput or NativeSelect in the first load.
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
  const labelled = label != null && label !== '';
  const helperId = helperText != null ? `${id}-helper-text` : undefined;
  // The helper text (a problem) first, as fields read their problems before their description.
  const describedBy = [helperId, htmlInput?.['aria-describedby']].filter(Boolean).join(' ') || undefined;
  const flag = (on: boolean) => (on ? '' : undefined);
  // One set of attributes for either element: the field's id, name, value, state and the caller's extras.
  const control = {
    ...(htmlInput as InputHTMLAttributes<FieldElement>),
    id,
    name,
    value,
    disabled,
    required,
    className: 'vb-tf-input',
    'aria-invalid': error || undefined,
    'aria-describedby': describedBy,
    onChange: (e: ChangeEvent<FieldElement>) => onChange(e),
    onBlur,
    ref: inputRef,
  };
  const marker = required ? ' *' : '';
  return (
    <Box
      className="vb-tf"
      sx={sx}
      data-full-width={flag(fullWidth)}
      data-label={flag(labelled)}
      data-shrink={flag(labelled && (inputLabel?.shrink ?? value !== ''))}
      data-error={flag(error)}
      data-disabled={flag(disabled)}
      data-medium={flag(size === 'medium')}
      data-end={flag(endAdornment != null)}
    >
      {labelled && (
        <label className="vb-tf-label" htmlFor={id} id={`${id}-label`}>
          {label}
          {marker && <span aria-hidden>{marker}</span>}
        </label>
      )}
      <div className="vb-tf-box">
        {select ? (
          <>
            <select {...(control as InputHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> })}>{children}</select>
            <svg className="vb-tf-arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d={ARROW} />
            </svg>
          </>
        ) : (
          <input {...(control as InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> })} type={type} placeholder={placeholder} />
        )}
        {endAdornment != null && <span className="vb-tf-end">{endAdornment}</span>}
        <fieldset aria-hidden className="vb-tf-outline">
          <legend data-empty={flag(!labelled)}>
            <span>
              {labelled ? (
                <>
                  {label}
                  {marker}
                </>
              ) : (
                '\u200b'
              )}
            </span>
          </legend>
        </fieldset>
      </div>
      {helperText != null && (
        <p className="vb-tf-helper" id={helperId}>
          {helperText}
        </p>
      )}
    </Box>
  );
}
