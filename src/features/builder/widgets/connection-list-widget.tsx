import { CONNECTION_KIND_NAMES } from '../../../schema/keys/connection';
import { ConnectionEditor } from './connection-editor';
import { ListField } from './list-field';
import { mapOf } from './object-edit';
import type { WidgetProps } from './widget-props';

/** The connections catalogue: a list of connection editors (each lists the problems its inputs do not show). */
export function ConnectionListWidget(props: WidgetProps) {
  return (
    <ListField
      widget={props}
      noun="connection"
      emptyText="No connections."
      newItem={() => ({ name: '', kind: 'git' })}
      renderRow={({ item, path, update, problems }) => (
        <ConnectionEditor path={path} value={mapOf(item)} onChange={update} kinds={CONNECTION_KIND_NAMES} problems={problems} />
      )}
    />
  );
}
