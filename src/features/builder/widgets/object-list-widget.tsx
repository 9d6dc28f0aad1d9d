import { valueSubFields } from '../../../core/fields/sub-field-props';
import { ListField } from './list-field';
import { mapOf } from './object-edit';
import { ObjectFields } from './object-fields';
import type { WidgetProps } from './widget-props';

/** A copy of a new row's template (rows must not share nested objects). */
function copyOf(template: unknown): unknown {
  return template === undefined ? {} : structuredClone(template);
}

/**
 * A list of objects (tolerations, ingress TLS, extra paths, connections): the
 * rows' noun and template come from the field's `rows` metadata and each row's
 * inputs from the item schema's sub-fields, so a new sub-field needs no UI code.
 */
export function ObjectListWidget(props: WidgetProps) {
  const { node } = props;
  const rows = node.meta.rows;
  const fields = valueSubFields(node);
  return (
    <ListField
      widget={props}
      noun={rows?.noun ?? 'item'}
      emptyText={rows?.emptyText ?? 'No items.'}
      newItem={() => copyOf(rows?.newItem)}
      renderRow={({ item, path, update, problems }) => <ObjectFields path={path} fields={fields} value={mapOf(item)} onChange={update} problems={problems} />}
    />
  );
}
