import { hasError, useFieldValue } from './use-field';
import type { WidgetProps } from './widget-props';
import { YamlEditor } from './yaml-editor';

export function YamlWidget({ node, fp, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  return (
    <YamlEditor
      id={ids.input}
      name={field.name}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      invalid={hasError(problems)}
      describedBy={describedBy}
      placeholder={fp.placeholder}
      minRows={6}
    />
  );
}
