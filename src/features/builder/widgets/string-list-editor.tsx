import TextField from '@mui/material/TextField';
import type { Problem } from '../../../core/validation/validate';
import { ListEditor } from './list-editor';
import { asText, hasError } from './use-field';
import { messagesAt, problemsUnder } from './widget-props';

interface StringListEditorProps {
  /** Values path of the list; inputs are named `<path>.<index>`. */
  path: string;
  items: readonly unknown[];
  onChange: (items: unknown[]) => void;
  labelId: string;
  /** Visible label of each input ("<itemLabel> <n>"). */
  itemLabel: string;
  noun: string;
  problems: readonly Problem[];
  describedBy?: string;
  placeholder?: string;
  /** id of a <datalist> every input offers (any other text can still be typed). */
  listId?: string;
}

/** A list of strings, one input per item. */
export function StringListEditor({ path, items, onChange, labelId, itemLabel, noun, problems, describedBy, placeholder, listId }: StringListEditorProps) {
  return (
    <ListEditor
      items={items}
      path={path}
      onChange={onChange}
      labelId={labelId}
      describedBy={describedBy}
      noun={noun}
      variant="line"
      newItem={() => ''}
      renderRow={(item, i, update) => {
        const itemPath = `${path}.${i}`;
        const msgs = messagesAt(problems, itemPath);
        return (
          <TextField
            name={itemPath}
            label={`${itemLabel} ${i + 1}`}
            value={asText(item)}
            placeholder={placeholder}
            onChange={(e) => update(e.target.value)}
            error={hasError(problemsUnder(problems, itemPath))}
            helperText={msgs.length > 0 ? msgs.join('; ') : undefined}
            slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off', ...(listId ? { list: listId } : {}) } }}
          />
        );
      }}
    />
  );
}
