import type { ReactNode } from 'react';
import type { Problem } from '../../../core/validation/validate';
import { ListEditor } from './list-editor';
import { listOf } from './object-edit';
import { leftoverMessages, subInputState } from './row-problems';
import { useFieldValue } from './use-field';
import { problemsUnder, type WidgetProps } from './widget-props';

/** What a list field's row renderer gets. */
interface ListRow {
  readonly item: unknown;
  readonly index: number;
  /** Values path of the row (`tolerations.1`): its inputs are named below it. */
  readonly path: string;
  update: (next: unknown) => void;
  /** Problems at or below the row. */
  readonly problems: readonly Problem[];
  /** error and helperText for the row input at `sub` (`operator`, `backend.service.port`). */
  state: (sub: string) => { error: boolean; helperText: string | undefined };
}

interface ListFieldProps {
  /** The props <Field> gave the widget: the list is bound to `widget.node.id`. */
  widget: WidgetProps;
  /** One item's noun for buttons and row names ("toleration", "TLS entry"). */
  noun: string;
  emptyText: string;
  newItem: () => unknown;
  /**
   * Sub-paths of a row whose inputs show their own problems; any other
   * problem below the row is listed under it. Omit when the row shows all of them itself.
   */
  shownInRow?: (item: unknown, index: number) => readonly string[];
  renderRow: (row: ListRow) => ReactNode;
}

/**
 * A schema field whose value is a list of structured items, edited as rows
 * with add/remove buttons (tolerations, ingress TLS, extra paths, connections):
 * binds the field, names the rows and routes each problem to its row.
 */
export function ListField({ widget, noun, emptyText, newItem, shownInRow, renderRow }: ListFieldProps) {
  const { node, ids, describedBy, problems } = widget;
  const field = useFieldValue(node.id);
  const items = listOf(field.value);
  const rowPath = (index: number) => `${node.id}.${index}`;
  return (
    <ListEditor
      items={items}
      path={node.id}
      onChange={field.onChange}
      labelId={ids.label}
      describedBy={describedBy}
      noun={noun}
      emptyText={emptyText}
      newItem={newItem}
      {...(shownInRow ? { rowMessages: (index: number) => leftoverMessages(problems, rowPath(index), shownInRow(items[index], index)) } : {})}
      renderRow={(item, index, update) => {
        const path = rowPath(index);
        return renderRow({
          item,
          index,
          path,
          update,
          problems: problemsUnder(problems, path),
          state: (sub) => subInputState(problems, `${path}.${sub}`),
        });
      }}
    />
  );
}
