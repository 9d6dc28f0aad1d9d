import { IntegerInput } from '../../../ui/integer-input';
import { hasError, useFieldValue } from './use-field';
import type { WidgetProps } from './widget-props';

/** An integer input: stores numbers, empty = unset (null). */
export function NumberWidget({ node, fp, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  return (
    <IntegerInput
      id={ids.input}
      name={field.name}
      value={field.value}
      onValueChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      placeholder={fp.placeholder}
      error={hasError(problems)}
      htmlInput={{ 'aria-describedby': describedBy }}
    />
  );
}
