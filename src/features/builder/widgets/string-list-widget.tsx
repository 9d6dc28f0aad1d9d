import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { StringListEditor } from './string-list-editor';
import { useFieldValue } from './use-field';
import { useSuggestions } from './use-suggestions';
import { domId, type WidgetProps } from './widget-props';

/**
 * A list of strings. With a schema `suggest` (mountConnections: the defined
 * connections) each suggestion is also a toggle that adds or removes it, and
 * the inputs offer them while still taking any other text.
 */
export function StringListWidget({ node, fp, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  const items = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  const suggest = node.meta.suggest;
  const suggestions = useSuggestions(suggest);
  const pickId = domId('pick', node.id);
  const toggle = (name: string) => field.onChange(items.includes(name) ? items.filter((i) => i !== name) : [...items.filter((i) => i !== ''), name]);
  return (
    <>
      {suggest?.label !== undefined && suggestions.length > 0 && (
        <Box role="group" aria-labelledby={pickId} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5, mb: 1 }}>
          <Box id={pickId} component="span" sx={{ typography: 'caption', color: 'text.secondary', mr: 0.5 }}>
            {suggest.label}:
          </Box>
          {suggestions.map((name) => {
            const picked = items.includes(name);
            return (
              <Button key={name} size="small" variant={picked ? 'contained' : 'outlined'} aria-pressed={picked} onClick={() => toggle(name)} sx={{ textTransform: 'none', py: 0, minWidth: 0 }}>
                {name}
              </Button>
            );
          })}
        </Box>
      )}
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
        suggestions={suggestions}
      />
    </>
  );
}
