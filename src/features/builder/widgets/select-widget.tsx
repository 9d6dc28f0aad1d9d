import { fieldDefault } from '../../../schema/defaults';
import { SelectInput, type SelectOption } from '../../../ui/select-input';
import { useChartVersion } from '../builder-context';
import { hasError, useFieldValue } from './use-field';
import type { WidgetProps } from './widget-props';

const UNSET = '';

function optionValue(value: unknown): string {
  if (value === null || value === undefined) return UNSET;
  return typeof value === 'string' ? value : String(value);
}

/**
 * A select over the field's options. Booleans edited three-way store true /
 * false; the "unset" option (shown when the chart default is unset) stores null.
 */
export function SelectWidget({ node, fp, ids, describedBy, problems }: WidgetProps) {
  const version = useChartVersion();
  const field = useFieldValue(node.id);
  const isBool = node.meta.triState === true;
  const names = fp.options ?? (isBool ? ['true', 'false'] : []);
  const current = optionValue(field.value);
  const d = fieldDefault(node.meta, version);
  const defaultUnset = !d.present || d.value === null || d.value === undefined;

  const options: SelectOption[] = [];
  if (defaultUnset || current === UNSET) {
    // defaultText already reads "unset (the chart uses Prefix when empty)" or "empty" for unset defaults.
    const text = /^(unset|empty)\b/.test(fp.defaultText) ? fp.defaultText : `chart default: ${fp.defaultText}`;
    options.push({ value: UNSET, label: text.startsWith('unset') ? text : `unset (${text})` });
  }
  for (const name of names) options.push({ value: name, label: name });
  if (current !== UNSET && !names.includes(current)) options.push({ value: current, label: `${current} (not a known option)` });

  return (
    <SelectInput
      id={ids.input}
      name={field.name}
      value={current}
      options={options}
      onValueChange={(v) => field.onChange(v === UNSET ? null : isBool ? v === 'true' : v)}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={hasError(problems)}
      slotProps={{ htmlInput: { 'aria-describedby': describedBy } }}
    />
  );
}
