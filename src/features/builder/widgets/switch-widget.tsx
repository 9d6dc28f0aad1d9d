import { Switch } from '../../../ui/light-switch';
import { hasError, useFieldValue } from './use-field';
import type { WidgetProps } from './widget-props';

export function SwitchWidget({ node, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  return (
    <Switch
      id={ids.input}
      name={field.name}
      checked={field.value === true}
      onChange={(e) => field.onChange(e.target.checked)}
      onBlur={field.onBlur}
      inputRef={field.ref}
      htmlInput={{ 'aria-describedby': describedBy, 'aria-invalid': hasError(problems) || undefined }}
    />
  );
}
