import TextField from '@mui/material/TextField';
import { asText, hasError, useFieldValue } from './use-field';
import type { WidgetProps } from './widget-props';

export function TextWidget({ node, fp, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  return (
    <TextField
      id={ids.input}
      name={field.name}
      value={asText(field.value)}
      onChange={(e) => field.onChange(e.target.value)}
      onBlur={field.onBlur}
      inputRef={field.ref}
      placeholder={fp.placeholder}
      error={hasError(problems)}
      slotProps={{ htmlInput: { 'aria-describedby': describedBy, spellCheck: false, autoComplete: 'off' } }}
    />
  );
}
