import { StringListEditor } from './string-list-editor';
import { useFieldValue } from './use-field';
import type { WidgetProps } from './widget-props';

export function StringListWidget({ node, fp, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  const items = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  return (
    <StringListEditor
      path={node.id}
      items={items}
      onChange={field.onChange}
      labelId={ids.label}
      itemLabel={fp.label}
      noun="item"
      problems={problems}
      describedBy={describedBy}
      placeholder={fp.placeholder}
    />
  );
}
