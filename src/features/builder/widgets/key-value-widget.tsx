import Add from '@mui/icons-material/Add';
import Delete from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { deepEqual } from '../../../core/values/deep-equal';
import { isPlainMap, type Values } from '../../../core/values/types';
import { asText, hasError, useFieldValue } from './use-field';
import { messagesAt, problemLocation, type WidgetProps } from './widget-props';

interface Row {
  /** A stable React key: a removed row's neighbours keep their inputs (and focus). */
  id: number;
  key: string;
  value: unknown;
}

let lastRowId = 0;
const nextRowId = () => (lastRowId += 1);

function toRows(value: unknown): Row[] {
  return isPlainMap(value) ? Object.entries(value).map(([key, v]) => ({ id: nextRowId(), key, value: v })) : [];
}

/** Rows with a key become the map; a later duplicate key is ignored (and flagged). */
function toMap(rows: readonly Row[]): Values {
  const out: Values = {};
  for (const row of rows) {
    if (row.key !== '' && !Object.prototype.hasOwnProperty.call(out, row.key)) out[row.key] = row.value;
  }
  return out;
}

/**
 * A map edited as key/value rows. Keys may hold dots and slashes
 * (`ingress.kubernetes.io/ssl-redirect`): the whole map is one form value.
 */
export function KeyValueWidget({ node, fp, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  const [rows, setRows] = useState<Row[]>(() => toRows(field.value));

  // Follow outside changes (reset, version switch) unless they are what the rows already say.
  useEffect(() => {
    setRows((current) => (deepEqual(toMap(current), isPlainMap(field.value) ? field.value : {}) ? current : toRows(field.value)));
  }, [field.value]);

  const commit = (next: Row[]) => {
    setRows(next);
    field.onChange(toMap(next));
  };

  const seen = new Set<string>();
  return (
    <Box role="group" aria-labelledby={ids.label} aria-describedby={describedBy}>
      {rows.length === 0 && (
        <Typography variant="body2" sx={{ color: 'text.secondary', fontStyle: 'italic', mb: 1 }}>
          No entries.
        </Typography>
      )}
      {rows.map((row, i) => {
        const duplicate = row.key !== '' && seen.has(row.key);
        seen.add(row.key);
        const keyMessage = duplicate ? 'Duplicate key: this row is ignored' : row.key === '' && asText(row.value) !== '' ? 'Enter a key' : undefined;
        const valueMessages = row.key !== '' && !duplicate ? messagesAt(problems, `${node.id}.${row.key}`) : [];
        return (
          <Box key={row.id} role="group" aria-label={`${fp.label} entry ${i + 1}`} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 1 }}>
            <TextField
              name={`${node.id}.${i}.key`}
              label="Key"
              value={row.key}
              onChange={(e) => commit(rows.map((r, j) => (j === i ? { ...r, key: e.target.value } : r)))}
              error={keyMessage !== undefined}
              helperText={keyMessage}
              sx={{ flex: '1 1 45%' }}
              slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off', style: { fontFamily: 'monospace' } } }}
            />
            <TextField
              name={`${node.id}.${i}.value`}
              label="Value"
              value={asText(row.value)}
              onChange={(e) => commit(rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))}
              error={hasError(problems.filter((p) => problemLocation(p) === `${node.id}.${row.key}`))}
              helperText={valueMessages.length > 0 ? valueMessages.join('; ') : undefined}
              sx={{ flex: '1 1 55%' }}
              slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off', style: { fontFamily: 'monospace' } } }}
            />
            <IconButton size="small" aria-label={`Remove ${fp.label} entry ${i + 1}`} onClick={() => commit(rows.filter((_, j) => j !== i))} sx={{ mt: 0.5 }}>
              <Delete fontSize="small" />
            </IconButton>
          </Box>
        );
      })}
      <Button size="small" startIcon={<Add />} onClick={() => setRows([...rows, { id: nextRowId(), key: '', value: '' }])}>
        Add entry
      </Button>
    </Box>
  );
}
