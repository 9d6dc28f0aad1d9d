import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { shownSubPaths, type SubFieldProps } from '../../../core/fields/sub-field-props';
import type { Problem } from '../../../core/validation/validate';
import type { Values } from '../../../core/values/types';
import { mapOf, withKey, withPath } from './object-edit';
import { leftoverMessages } from './row-problems';
import { SubFieldInput } from './sub-field';
import { asText } from './use-field';

interface ObjectFieldsProps {
  /** Values path of the object: each input is named `<path>.<sub-field key>`. */
  path: string;
  /** The object's sub-fields, from the schema (valueSubFields / objectSubFields). */
  fields: readonly SubFieldProps[];
  value: Values;
  onChange: (next: Values) => void;
  /** Problems at or below `path`. */
  problems: readonly Problem[];
  /** Inside another object: the outer one lists the problems no input shows. */
  nested?: boolean;
}

function valueAt(object: Values, key: string): unknown {
  let current: unknown = object;
  for (const part of key.split('.')) current = mapOf(current)[part];
  return current;
}

/**
 * The generic renderer of an object value (a list row, a connection, a
 * Secret reference): one input per sub-field the schema declares, in schema
 * order; an object lists the problems none of its inputs shows.
 */
export function ObjectFields({ path, fields, value, onChange, problems, nested = false }: ObjectFieldsProps) {
  const set = (field: SubFieldProps, v: unknown) => {
    let next = withPath(value, field.key.split('.'), v);
    // A sibling whose fields follow this key (a connection's schema by kind) keeps only the keys the new value has.
    for (const other of fields) {
      if (other.variants?.by !== field.key) continue;
      const nextFields = other.variants.fields(asText(v));
      if (!nextFields) continue;
      const current = mapOf(next[other.key]);
      const kept: Values = {};
      for (const f of nextFields) if (current[f.key] !== undefined) kept[f.key] = current[f.key];
      next = withKey(next, other.key, Object.keys(kept).length > 0 ? kept : undefined);
    }
    onChange(next);
  };
  const leftovers = nested ? [] : leftoverMessages(problems, path, shownSubPaths(fields, value));
  return (
    <Box sx={{ display: 'grid', gap: 1, alignItems: 'start', gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fill, minmax(13rem, 1fr))' } }}>
      {fields.map((f) => (
        <SubFieldInput key={f.key} objectPath={path} field={f} object={value} value={valueAt(value, f.key)} onChange={(v) => set(f, v)} problems={problems} />
      ))}
      {leftovers.map((m, i) => (
        <Typography key={i} variant="caption" sx={{ color: 'error.main', gridColumn: '1 / -1' }}>
          {m}
        </Typography>
      ))}
    </Box>
  );
}
