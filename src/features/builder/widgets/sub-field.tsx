import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { variantFields, type SubFieldProps } from '../../../core/fields/sub-field-props';
import type { Problem } from '../../../core/validation/validate';
import type { Values } from '../../../shared/values';
import { InfoButton } from '../../../ui/info-button';
import { IntegerInput } from '../../../ui/integer-input';
import { LightTextField } from '../../../ui/light-text-field';
import { SelectInput, type SelectOption } from '../../../ui/select-input';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { listOf, mapOf } from './object-edit';
import { ObjectFields } from './object-fields';
import { subInputState } from './row-problems';
import { StringListEditor } from './string-list-editor';
import { asText } from './use-field';
import { Suggestions } from './suggestions';
import { domId, problemsUnder } from './widget-props';
import { YamlEditor } from './yaml-editor';

interface SubFieldInputProps {
  /** Values path of the object holding the sub-field (`tolerations.1`, `connections.0.secret`). */
  objectPath: string;
  field: SubFieldProps;
  /** The whole object (a variant object reads its sibling). */
  object: Values;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Problems at or below the object. */
  problems: readonly Problem[];
}

/** A select's options: the empty value (unset, or "choose" while a required one is empty), a foreign current value, then the schema's. */
function selectOptions(field: SubFieldProps, current: string): SelectOption[] {
  const options: SelectOption[] = [];
  if (!field.required || current === '') options.push({ value: '', label: field.unsetLabel ?? 'unset' });
  const known = field.options ?? [];
  if (current !== '' && !known.some((o) => o.value === current)) options.push({ value: current, label: `${current} (not allowed here)` });
  for (const o of known) options.push(o.group === undefined ? { value: o.value, label: o.value } : { value: o.value, label: o.value, group: o.group });
  return options;
}

/** A number typed as digits is a number; anything else is a name (a Kubernetes IntOrString). */
function intOrString(text: string): number | string {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}

/** The schema's docs of a sub-field: the same info button (Alt+I-free, not a tab stop) as top-level fields. */
function SubFieldInfo({ field, name, descriptionId }: { field: SubFieldProps; name: string; descriptionId: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <InfoButton label={field.label} describedBy={descriptionId} anchor={anchor} onAnchorChange={setAnchor}>
        <Typography variant="subtitle2" component="p" sx={{ fontWeight: 700 }}>
          {field.label}{' '}
          <Typography component="code" variant="caption" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
            {name}
          </Typography>
        </Typography>
        <Typography variant="body2">{field.description}</Typography>
        {field.options && field.options.length <= 8 && (
          <Typography variant="body2">
            <strong>One of:</strong> <code>{field.options.map((o) => o.value).join(', ')}</code>
          </Typography>
        )}
      </InfoButton>
      <VisuallyHidden id={descriptionId}>{field.description}</VisuallyHidden>
    </>
  );
}

/** The caption naming a group of inputs (a string list, a nested object), with its info button. */
function GroupCaption({ id, field, name, descriptionId, suffix }: { id: string; field: SubFieldProps; name: string; descriptionId: string; suffix?: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <Typography id={id} variant="caption" sx={{ color: 'text.secondary', fontWeight: 600 }}>
        {field.label}
        {suffix}
      </Typography>
      <SubFieldInfo field={field} name={name} descriptionId={descriptionId} />
    </Box>
  );
}

/** One sub-field of a structured value, rendered from its schema description (SubFieldProps). */
export function SubFieldInput({ objectPath, field, object, value, onChange, problems }: SubFieldInputProps) {
  const name = `${objectPath}.${field.key}`;
  const descriptionId = domId('sub-desc', name);
  const [expanded, setExpanded] = useState(false);
  const state = subInputState(problems, name);
  const wide = field.wide ? { gridColumn: '1 / -1' } : {};
  const listId = field.suggest ? domId('suggest', name) : undefined;
  const htmlInput = { 'aria-describedby': descriptionId, spellCheck: false, autoComplete: 'off', ...(listId ? { list: listId } : {}) };

  // Inputs with their own floating label: the info button sits after the input.
  const framed = (input: ReactNode) => (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.25, minWidth: 0, ...wide }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>{input}</Box>
      <Box sx={{ pt: 0.5 }}>
        <SubFieldInfo field={field} name={name} descriptionId={descriptionId} />
      </Box>
      {listId && field.suggest && <Suggestions id={listId} suggest={field.suggest} />}
    </Box>
  );

  // Free-form YAML: a 'yaml' sub-field, or a variant object whose kind declares no fields.
  const yamlInput = () =>
    framed(
      <YamlEditor
        name={name}
        label={`${field.label} (YAML)`}
        value={value ?? null}
        onChange={onChange}
        invalid={state.error}
        describedBy={descriptionId}
        placeholder={field.placeholder}
        minRows={2}
      />,
    );

  switch (field.widget) {
    case 'text':
    case 'intOrString': {
      // An intOrString sub-field keeps what parses as an integer a number (a port), the rest text.
      const parse = field.widget === 'intOrString' ? (text: string) => (text === '' ? '' : intOrString(text)) : (text: string) => text;
      return framed(
        <LightTextField
          name={name}
          label={field.label}
          required={field.required}
          placeholder={field.placeholder}
          value={asText(value)}
          onChange={(e) => onChange(parse(e.target.value))}
          htmlInput={htmlInput}
          {...state}
        />,
      );
    }
    case 'number':
      return framed(<IntegerInput name={name} label={field.label} required={field.required} value={value} onValueChange={onChange} htmlInput={{ 'aria-describedby': descriptionId }} {...state} />);
    case 'select':
      return framed(
        <SelectInput
          name={name}
          label={field.label}
          required={field.required}
          value={asText(value)}
          options={selectOptions(field, asText(value))}
          onValueChange={onChange}
          slotProps={{ htmlInput: { 'aria-describedby': descriptionId } }}
          {...state}
        />,
      );
    case 'switch':
      return (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.25, ...wide }}>
          <FormControlLabel
            label={field.label}
            control={
              <Switch name={name} size="small" checked={value === true} onChange={(e) => onChange(e.target.checked ? true : undefined)} slotProps={{ input: { 'aria-describedby': descriptionId } }} />
            }
          />
          <SubFieldInfo field={field} name={name} descriptionId={descriptionId} />
        </Box>
      );
    case 'stringList': {
      const labelId = domId('sub-label', name);
      return (
        <Box sx={{ minWidth: 0, ...wide }}>
          <GroupCaption id={labelId} field={field} name={name} descriptionId={descriptionId} />
          <StringListEditor
            path={name}
            items={listOf(value)}
            onChange={onChange}
            labelId={labelId}
            describedBy={descriptionId}
            itemLabel={field.itemLabel ?? field.label}
            noun={field.noun ?? 'item'}
            placeholder={field.placeholder}
            listId={listId}
            problems={problemsUnder(problems, name)}
          />
          {listId && field.suggest && <Suggestions id={listId} suggest={field.suggest} />}
          {state.helperText && <Box sx={{ typography: 'caption', color: 'error.main' }}>{state.helperText}</Box>}
        </Box>
      );
    }
    case 'yaml':
      return yamlInput();
    case 'object': {
      const fields = variantFields(field, object);
      if (field.variants) {
        // The fields of the sibling's value (a connection kind's schema), or free-form YAML when it has none.
        const by = asText(object[field.variants.by]);
        if (fields) {
          return (
            <Box sx={{ minWidth: 0, ...wide }}>
              <ObjectFields path={name} fields={fields} value={mapOf(value)} onChange={onChange} problems={problemsUnder(problems, name)} nested />
            </Box>
          );
        }
        if (by === '') return null;
        return yamlInput();
      }
      const map = mapOf(value);
      const inner = problemsUnder(problems, name);
      if (field.collapsible && !expanded && Object.keys(map).length === 0 && inner.length === 0) {
        return (
          <Box sx={wide}>
            <Button size="small" startIcon={<Add />} onClick={() => setExpanded(true)}>
              {field.label}
            </Button>
          </Box>
        );
      }
      const labelId = domId('sub-label', name);
      return (
        <Box role="group" aria-labelledby={labelId} aria-describedby={descriptionId} sx={{ borderTop: 1, borderColor: 'divider', pt: 1, minWidth: 0, ...wide }}>
          <GroupCaption id={labelId} field={field} name={name} descriptionId={descriptionId} suffix={field.required ? undefined : ' (optional)'} />
          <ObjectFields path={name} fields={fields ?? []} value={map} onChange={(v) => onChange(Object.keys(v).length > 0 ? v : undefined)} problems={inner} nested />
        </Box>
      );
    }
  }
}
