import Add from '@mui/icons-material/Add';
import Delete from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { valueSubFields } from '../../../core/fields/sub-field-props';
import { isPlainMap } from '../../../shared/values';
import { ObjectFields } from './object-fields';
import { useFieldValue } from './use-field';
import { problemLocation, type WidgetProps } from './widget-props';

/** A single connection (the artifacts store): unset, or a connection whose kinds the schema narrows (`subOptions`). */
export function ConnectionWidget({ node, fp, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  const value = field.value;
  if (!isPlainMap(value)) {
    return (
      <Box role="group" aria-labelledby={ids.label} aria-describedby={describedBy} sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Not set (chart default: {fp.defaultText}).
        </Typography>
        <Button size="small" startIcon={<Add />} onClick={() => field.onChange({ name: '', kind: 's3' })}>
          Set {fp.label.toLowerCase()}
        </Button>
      </Box>
    );
  }
  return (
    <Box role="group" aria-labelledby={ids.label} aria-describedby={describedBy} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.25, bgcolor: 'grey.50' }}>
      {/* Problems on the whole value show in the field frame; the editor shows those inside it. */}
      <ObjectFields path={node.id} fields={valueSubFields(node)} value={value} onChange={field.onChange} problems={problems.filter((p) => problemLocation(p) !== node.id)} />
      <Button size="small" color="inherit" startIcon={<Delete />} onClick={() => field.onChange(null)} sx={{ mt: 1 }}>
        Unset {fp.label.toLowerCase()}
      </Button>
    </Box>
  );
}
