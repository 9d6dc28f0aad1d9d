import * as z from 'zod';
import { subFieldMeta, type SubFieldMeta, type SubFieldSpec, type SubWidget, type SuggestFrom } from '../../schema/sub-fields';
import { valuesSchema } from '../../schema/values-schema';
import { schemaAt, unwrap, type FieldNode } from '../../schema/walk';
import { getPath } from '../../shared/values';

/** One option of a sub-field select; `group` names its <optgroup>. */
interface SubOption {
  readonly value: string;
  readonly group?: string;
}

/** Everything an input inside a structured value shows, computed from the schema alone. */
export interface SubFieldProps {
  /** Dotted path inside the object (`operator`, `backend.service.port`); the input's name is `<object path>.<key>`. */
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly widget: SubWidget;
  readonly required: boolean;
  readonly options?: readonly SubOption[];
  readonly unsetLabel?: string;
  readonly placeholder?: string;
  readonly itemLabel?: string;
  readonly noun?: string;
  readonly suggest?: SuggestFrom;
  readonly wide: boolean;
  readonly collapsible: boolean;
  /** An object's own sub-fields. */
  readonly fields?: readonly SubFieldProps[];
  /** An object whose sub-fields follow the sibling `by` (undefined fields: free-form, edited as YAML). */
  readonly variants?: { readonly by: string; fields: (value: string) => readonly SubFieldProps[] | undefined };
}

type Narrow = Readonly<Record<string, readonly string[]>>;

function derivedWidget(inner: z.ZodType): SubWidget {
  if (inner instanceof z.ZodString) return 'text';
  if (inner instanceof z.ZodNumber) return 'number';
  if (inner instanceof z.ZodEnum) return 'select';
  if (inner instanceof z.ZodBoolean) return 'switch';
  if (inner instanceof z.ZodArray) return 'stringList';
  if (inner instanceof z.ZodObject) return 'object';
  return 'yaml';
}

function optionsOf(meta: SubFieldMeta, values: readonly string[]): SubOption[] {
  const { optionGroup, optionGroups } = meta;
  if (!optionGroup) return values.map((value) => ({ value }));
  const grouped = values.map((value) => ({ value, group: optionGroup(value) }));
  const order = optionGroups ?? [];
  const rank = (g: string) => (order.includes(g) ? order.indexOf(g) : order.length);
  // A stable sort: the schema's order within each group.
  return grouped
    .map((o, i) => ({ o, i }))
    .sort((a, b) => rank(a.o.group) - rank(b.o.group) || a.i - b.i)
    .map(({ o }) => o);
}

function withOptional<T extends object>(base: T, extra: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) out[k] = v;
  return out as T;
}

function build(key: string, meta: SubFieldMeta, widget: SubWidget, required: boolean, extra: { options?: readonly string[]; fields?: readonly SubFieldProps[] }): SubFieldProps {
  const variants = meta.variants;
  return withOptional<SubFieldProps>(
    { key, label: meta.label, description: meta.description, widget, required, wide: meta.wide === true, collapsible: meta.collapsible === true },
    {
      options: extra.options ? optionsOf(meta, extra.options) : undefined,
      unsetLabel: meta.unsetLabel,
      placeholder: meta.placeholder,
      itemLabel: meta.itemLabel,
      noun: meta.noun,
      suggest: meta.suggest,
      fields: extra.fields,
      variants: variants ? { by: variants.by, fields: (value: string) => specFields(variants.fields(value)) } : undefined,
    },
  );
}

/** Sub-fields given as data (a connection kind's schema fields). */
function specFields(specs: readonly SubFieldSpec[] | undefined): readonly SubFieldProps[] | undefined {
  if (specs === undefined || specs.length === 0) return undefined;
  return specs.map((s) => build(s.key, s, s.widget, s.required === true, { ...(s.options ? { options: s.options } : {}) }));
}

function collect(object: z.ZodObject, prefix: string, narrow: Narrow, out: SubFieldProps[]): void {
  for (const [name, child] of Object.entries(object.shape as Record<string, z.ZodType>)) {
    const inner = unwrap(child);
    const key = prefix === '' ? name : `${prefix}.${name}`;
    const meta = subFieldMeta.get(inner);
    if (!meta) {
      // A plain nested map (backend.service) is flattened into dotted keys; keys without metadata are not edited.
      if (inner instanceof z.ZodObject) collect(inner, key, narrow, out);
      continue;
    }
    const widget = meta.widget ?? derivedWidget(inner);
    const required = !child.safeParse(undefined).success;
    const enumValues = inner instanceof z.ZodEnum ? inner.options.map(String) : undefined;
    const options = narrow[key] ?? enumValues;
    const fields = widget === 'object' && inner instanceof z.ZodObject && !meta.variants ? objectSubFields(inner) : undefined;
    out.push(build(key, meta, widget, required, { ...(options ? { options } : {}), ...(fields ? { fields } : {}) }));
  }
}

const memo = new WeakMap<z.ZodType, readonly SubFieldProps[]>();

/** The sub-fields of an object schema, in schema order (memoized when not narrowed). */
export function objectSubFields(schema: z.ZodType, narrow?: Narrow): readonly SubFieldProps[] {
  const inner = unwrap(schema);
  if (!narrow) {
    const cached = memo.get(inner);
    if (cached) return cached;
  }
  const out: SubFieldProps[] = [];
  if (inner instanceof z.ZodObject) collect(inner, '', narrow ?? {}, out);
  const frozen = Object.freeze(out);
  if (!narrow) memo.set(inner, frozen);
  return frozen;
}

const byNode = new WeakMap<FieldNode, readonly SubFieldProps[]>();

/**
 * The inputs of a structured field's value: for a list, those of one row (its
 * item schema); for an object, its own. The field's `subOptions` narrow selects.
 */
export function valueSubFields(node: FieldNode): readonly SubFieldProps[] {
  let fields = byNode.get(node);
  if (!fields) {
    // The node is data (schema-nodes.ts); its zod type, which declares the sub-fields, is looked up by path.
    const zodType = schemaAt(valuesSchema, node.path);
    if (!zodType) return [];
    const inner = unwrap(zodType);
    const item = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : inner;
    fields = objectSubFields(item, node.meta.subOptions);
    byNode.set(node, fields);
  }
  return fields;
}

/** The sub-fields an object value shows now: a variant object's fields follow its sibling (`schema` by `kind`). */
export function variantFields(field: SubFieldProps, object: Readonly<Record<string, unknown>>): readonly SubFieldProps[] | undefined {
  if (field.fields) return field.fields;
  if (!field.variants) return undefined;
  const by = object[field.variants.by];
  return field.variants.fields(typeof by === 'string' ? by : '');
}

/**
 * Paths (relative to the object) whose inputs show their own problems; the
 * object lists every other problem below it. Switches show no message.
 */
export function shownSubPaths(fields: readonly SubFieldProps[], object: unknown, prefix = ''): string[] {
  const out: string[] = [];
  const map = typeof object === 'object' && object !== null && !Array.isArray(object) ? (object as Record<string, unknown>) : {};
  for (const f of fields) {
    const path = prefix === '' ? f.key : `${prefix}.${f.key}`;
    const value = getPath(map, f.key.split('.'));
    if (f.widget === 'switch' || f.widget === 'yaml') continue;
    if (f.widget === 'stringList') {
      out.push(path);
      if (Array.isArray(value)) value.forEach((_, i) => out.push(`${path}.${i}`));
      continue;
    }
    if (f.widget === 'object') {
      // A free-form object (edited as YAML) shows only its parse errors: the object lists its problems.
      const inner = variantFields(f, map);
      if (inner) out.push(...shownSubPaths(inner, value, path));
      continue;
    }
    out.push(path);
  }
  return out;
}

/** The texts a suggesting input offers: the value at the path, or each list item's `itemKey` (unique, non-empty). */
export function suggestionValues(value: unknown, itemKey?: string): string[] {
  const raw = Array.isArray(value) ? value.map((item) => (itemKey === undefined ? item : getPath(item, itemKey.split('.')))) : [value];
  return [...new Set(raw.filter((v): v is string => typeof v === 'string' && v.trim() !== ''))];
}
