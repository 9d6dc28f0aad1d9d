import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Problem } from '../../../core/validation/validate';
import type { Values } from '../../../shared/values';
import {
  CONNECTION_KINDS,
  type ConnectionGroup,
  type ConnectionKind,
  type ConnectionSchemaField,
} from '../../../schema/keys/connection';
import { SelectInput, type SelectOption } from '../../../ui/select-input';
import { listOf, mapOf, withKey, withPath } from './object-edit';
import { leftoverMessages, subInputState } from './row-problems';
import { StringListEditor } from './string-list-editor';
import { asText } from './use-field';
import { domId, problemsUnder } from './widget-props';
import { YamlEditor } from './yaml-editor';

const GROUP_LABELS: Record<ConnectionGroup, string> = {
  mount: 'Volumes',
  blob: 'Blob storage',
  host: 'Git & registries',
  notifier: 'Notifiers',
  other: 'Other',
};
const GROUP_ORDER: readonly ConnectionGroup[] = ['mount', 'blob', 'host', 'notifier', 'other'];

function kindOptions(kinds: readonly ConnectionKind[], current: string): SelectOption[] {
  const options: SelectOption[] = [];
  if (current === '' || !(kinds as readonly string[]).includes(current)) {
    options.push({ value: current, label: current === '' ? 'Choose a kind' : `${current} (not allowed here)` });
  }
  for (const group of GROUP_ORDER) {
    for (const kind of kinds) {
      if (CONNECTION_KINDS[kind].group === group) options.push({ value: kind, label: kind, group: GROUP_LABELS[group] });
    }
  }
  return options;
}

function isKind(value: unknown): value is ConnectionKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CONNECTION_KINDS, value);
}

const RESOURCE_KEYS = ['name', 'mountPath', 'items', 'defaultMode'];

interface ConnectionEditorProps {
  /** Values path of the connection (`artifactsStore`, `connections.1`): inputs are named below it. */
  path: string;
  value: Values;
  onChange: (next: Values) => void;
  kinds: readonly ConnectionKind[];
  /** Problems at or below `path`. */
  problems: readonly Problem[];
}

/** One connection: name, kind, the kind's schema fields, and Secret / ConfigMap references. */
export function ConnectionEditor({ path, value, onChange, kinds, problems }: ConnectionEditorProps) {
  const kind = asText(value.kind);
  const info = isKind(kind) ? CONNECTION_KINDS[kind] : undefined;
  const schema = mapOf(value.schema);
  const set = (keyPath: readonly string[], v: unknown) => onChange(withPath(value, keyPath, v));

  const changeKind = (next: string) => {
    const nextInfo = isKind(next) ? CONNECTION_KINDS[next] : undefined;
    let nextSchema: Values = schema;
    if (nextInfo && nextInfo.schemaFields.length > 0) {
      nextSchema = {};
      for (const f of nextInfo.schemaFields) if (schema[f.key] !== undefined) nextSchema[f.key] = schema[f.key];
    }
    onChange(withKey(withKey(value, 'kind', next), 'schema', Object.keys(nextSchema).length > 0 ? nextSchema : undefined));
  };

  // The sub-paths whose inputs show their own message; every other problem below the connection is listed under it.
  const shown = ['name', 'kind'];
  for (const f of info?.schemaFields ?? []) {
    if (f.type === 'stringList') listOf(schema[f.key]).forEach((_, i) => shown.push(`schema.${f.key}.${i}`));
    else if (f.type !== 'boolean') shown.push(`schema.${f.key}`);
  }
  for (const res of ['secret', 'configMap']) {
    shown.push(...RESOURCE_KEYS.filter((k) => k !== 'items').map((k) => `${res}.${k}`));
    listOf(mapOf(value[res]).items).forEach((_, i) => shown.push(`${res}.items.${i}`));
  }
  const leftovers = leftoverMessages(problems, path, shown);

  return (
    <Box sx={{ display: 'grid', gap: 1.25 }}>
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <TextField
          name={`${path}.name`}
          label="Name"
          required
          placeholder="artifacts-store"
          value={asText(value.name)}
          onChange={(e) => set(['name'], e.target.value)}
          slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
          {...subInputState(problems, `${path}.name`)}
        />
        <SelectInput
          name={`${path}.kind`}
          label="Kind"
          required
          value={kind}
          options={kindOptions(kinds, kind)}
          onValueChange={changeKind}
          {...subInputState(problems, `${path}.kind`)}
        />
      </Box>
      {info && info.schemaFields.length > 0 && (
        <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          {info.schemaFields.map((f) => (
            <SchemaFieldInput key={f.key} path={path} field={f} value={schema[f.key]} onChange={(v) => set(['schema', f.key], v)} problems={problems} />
          ))}
        </Box>
      )}
      {(!info || info.schemaFields.length === 0) && kind !== '' && (
        <YamlEditor
          name={`${path}.schema`}
          label="Schema (YAML)"
          value={value.schema ?? null}
          onChange={(v) => set(['schema'], v)}
          invalid={subInputState(problems, `${path}.schema`).error}
          placeholder={'url: https://hooks.example.com/...'}
          minRows={2}
        />
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1, rowGap: 1.25 }}>
        {(['secret', 'configMap'] as const).map((res) => (
          <ResourceEditor
            key={res}
            title={res === 'secret' ? 'Secret' : 'ConfigMap'}
            path={path}
            res={res}
            value={mapOf(value[res])}
            onChange={(v) => set([res], Object.keys(v).length ? v : undefined)}
            problems={problems}
          />
        ))}
      </Box>
      {leftovers.map((m, i) => (
        <Typography key={i} variant="caption" sx={{ color: 'error.main' }}>
          {m}
        </Typography>
      ))}
    </Box>
  );
}

function SchemaFieldInput({
  path,
  field,
  value,
  onChange,
  problems,
}: {
  path: string;
  field: ConnectionSchemaField;
  value: unknown;
  onChange: (v: unknown) => void;
  problems: readonly Problem[];
}) {
  const name = `${path}.schema.${field.key}`;
  if (field.type === 'boolean') {
    return (
      <FormControlLabel
        label={field.label}
        title={field.description}
        control={<Switch name={name} size="small" checked={value === true} onChange={(e) => onChange(e.target.checked ? true : undefined)} />}
      />
    );
  }
  if (field.type === 'stringList') {
    const labelId = domId('conn-list', name);
    return (
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Typography id={labelId} variant="caption" sx={{ color: 'text.secondary' }}>
          {field.label}
        </Typography>
        <StringListEditor path={name} items={listOf(value)} onChange={onChange} labelId={labelId} itemLabel={field.label} noun="flag" problems={problemsUnder(problems, name)} />
      </Box>
    );
  }
  const state = subInputState(problems, name);
  return (
    <TextField
      name={name}
      label={field.label}
      required={field.required}
      value={asText(value)}
      onChange={(e) => onChange(e.target.value)}
      error={state.error}
      helperText={state.helperText ?? field.description}
      slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
    />
  );
}

function ResourceEditor({
  title,
  path,
  res,
  value,
  onChange,
  problems,
}: {
  title: string;
  path: string;
  res: 'secret' | 'configMap';
  value: Values;
  onChange: (v: Values) => void;
  problems: readonly Problem[];
}) {
  const base = `${path}.${res}`;
  const labelId = domId('conn-res', base);
  const itemsLabel = domId('conn-items', base);
  const [expanded, setExpanded] = useState(false);
  if (!expanded && Object.keys(value).length === 0 && problemsUnder(problems, base).length === 0) {
    return (
      <Box>
        <Button size="small" startIcon={<Add />} onClick={() => setExpanded(true)}>
          {title} reference
        </Button>
      </Box>
    );
  }
  return (
    <Box role="group" aria-labelledby={labelId} sx={{ flexBasis: '100%', borderTop: 1, borderColor: 'divider', pt: 1 }}>
      <Typography id={labelId} variant="caption" sx={{ fontWeight: 600, color: 'text.secondary', display: 'block', mb: 0.75 }}>
        {title} reference (optional)
      </Typography>
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 0.6fr' } }}>
        <TextField
          name={`${base}.name`}
          label={`${title} name`}
          value={asText(value.name)}
          onChange={(e) => onChange(withKey(value, 'name', e.target.value))}
          {...subInputState(problems, `${base}.name`)}
        />
        <TextField
          name={`${base}.mountPath`}
          label="Mount path"
          placeholder="/etc/secrets"
          value={asText(value.mountPath)}
          onChange={(e) => onChange(withKey(value, 'mountPath', e.target.value))}
          {...subInputState(problems, `${base}.mountPath`)}
        />
        <TextField
          name={`${base}.defaultMode`}
          label="Default mode"
          placeholder="0600"
          value={asText(value.defaultMode)}
          onChange={(e) => onChange(withKey(value, 'defaultMode', e.target.value))}
          {...subInputState(problems, `${base}.defaultMode`)}
        />
      </Box>
      <Typography id={itemsLabel} variant="caption" sx={{ color: 'text.secondary', display: 'block', mt: 1 }}>
        {title} items
      </Typography>
      <StringListEditor
        path={`${base}.items`}
        items={listOf(value.items)}
        onChange={(items) => onChange(withKey(value, 'items', items))}
        labelId={itemsLabel}
        itemLabel="Item"
        noun="item"
        problems={problemsUnder(problems, `${base}.items`)}
      />
    </Box>
  );
}
