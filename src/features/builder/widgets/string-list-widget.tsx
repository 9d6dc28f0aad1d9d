import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { SuggestFrom } from '../../../schema/sub-fields';
import { StringListEditor } from './string-list-editor';
import { SuggestionList } from './suggestions';
import { useFieldValue } from './use-field';
import { useSuggestions } from './use-suggestions';
import { domId, type WidgetProps } from './widget-props';

/**
 * A list of strings. With a schema `suggest` (mountConnections: the defined
 * connections) the inputs offer the suggestions while still taking any other
 * text, and with a suggest label each suggestion is also a toggle that adds or removes it.
 */
export function StringListWidget({ node, fp, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  const items = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  const suggest = node.meta.suggest;
  const listId = suggest ? domId('suggest', node.id) : undefined;
  return (
    <>
      {suggest && listId && <Picks suggest={suggest} listId={listId} items={items} onChange={field.onChange} />}
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
        listId={listId}
      />
    </>
  );
}

/** The suggestions: a <datalist> the inputs offer, and with a suggest label each one as a toggle (aria-pressed) that adds or removes it. */
function Picks({ suggest, listId, items, onChange }: { suggest: SuggestFrom; listId: string; items: readonly unknown[]; onChange: (items: unknown[]) => void }) {
  const names = useSuggestions(suggest);
  const labelId = `${listId}-label`;
  const toggle = (name: string) => onChange(items.includes(name) ? items.filter((i) => i !== name) : [...items.filter((i) => i !== ''), name]);
  return (
    <>
      <SuggestionList id={listId} values={names} />
      {suggest.label !== undefined && names.length > 0 && (
        <Box role="group" aria-labelledby={labelId} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5, mb: 1 }}>
          <Box id={labelId} component="span" sx={{ typography: 'caption', color: 'text.secondary', mr: 0.5 }}>
            {suggest.label}:
          </Box>
          {names.map((name) => {
            const picked = items.includes(name);
            return (
              <Button key={name} size="small" variant={picked ? 'contained' : 'outlined'} aria-pressed={picked} onClick={() => toggle(name)} sx={{ textTransform: 'none', py: 0, minWidth: 0 }}>
                {name}
              </Button>
            );
          })}
        </Box>
      )}
    </>
  );
}
