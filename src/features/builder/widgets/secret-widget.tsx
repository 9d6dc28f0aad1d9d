import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { asText, hasError, useFieldValue } from './use-field';
import type { WidgetProps } from './widget-props';

/** A password input with a show/hide toggle. */
export function SecretWidget({ node, fp, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  const [shown, setShown] = useState(false);
  return (
    <TextField
      id={ids.input}
      name={field.name}
      type={shown ? 'text' : 'password'}
      value={asText(field.value)}
      onChange={(e) => field.onChange(e.target.value)}
      onBlur={field.onBlur}
      inputRef={field.ref}
      placeholder={fp.placeholder}
      error={hasError(problems)}
      slotProps={{
        htmlInput: { 'aria-describedby': describedBy, spellCheck: false, autoComplete: 'off' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton size="small" edge="end" aria-label={shown ? `Hide ${fp.label}` : `Show ${fp.label}`} aria-pressed={shown} onClick={() => setShown((s) => !s)}>
                {shown ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
