import { LightTextField } from '../../../ui/light-text-field';
import type { ReactNode } from 'react';
import { asText, hasError, useFieldValue } from './use-field';
import type { WidgetProps } from './widget-props';

/** A text input bound to its values path; `type` and `endAdornment` let the secret widget reuse it. */
export function TextWidget({ node, fp, ids, describedBy, problems, type, endAdornment }: WidgetProps & { type?: 'text' | 'password'; endAdornment?: ReactNode }) {
  const field = useFieldValue(node.id);
  return (
    <LightTextField
      id={ids.input}
      name={field.name}
      type={type}
      value={asText(field.value)}
      onChange={(e) => field.onChange(e.target.value)}
      onBlur={field.onBlur}
      inputRef={field.ref}
      placeholder={fp.placeholder}
      error={hasError(problems)}
      htmlInput={{ 'aria-describedby': describedBy, spellCheck: false, autoComplete: 'off' }}
      endAdornment={endAdornment}
    />
  );
}
