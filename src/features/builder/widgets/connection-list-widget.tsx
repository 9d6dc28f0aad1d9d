import { CONNECTION_KIND_NAMES } from '../../../schema/keys/connection';
import { ConnectionEditor } from './connection-editor';
import { ListEditor } from './list-editor';
import { listOf, mapOf } from './object-edit';
import { useFieldValue } from './use-field';
import { problemsUnder, type WidgetProps } from './widget-props';

/** The connections catalogue: a list of connection editors. */
export function ConnectionListWidget({ node, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  const items = listOf(field.value);
  return (
    <ListEditor
      items={items}
      onChange={field.onChange}
      labelId={ids.label}
      describedBy={describedBy}
      noun="connection"
      emptyText="No connections."
      newItem={() => ({ name: '', kind: 'git' })}
      rowMessages={() => []}
      renderRow={(item, i, update) => (
        <ConnectionEditor
          path={`${node.id}.${i}`}
          value={mapOf(item)}
          onChange={update}
          kinds={CONNECTION_KIND_NAMES}
          problems={problemsUnder(problems, `${node.id}.${i}`)}
        />
      )}
    />
  );
}
