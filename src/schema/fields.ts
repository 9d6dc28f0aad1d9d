import * as z from 'zod';
import { schemaMeta, type FieldMeta, type GroupMeta, type Widget } from './meta';
import { DNS1123_LABEL, K8S_QUANTITY } from './patterns';

/**
 * Builders for schema nodes. Each returns a zod type whose inner (unwrapped)
 * type is registered in `schemaMeta`, so the walker can find its docs,
 * defaults and widget. Leaves are optional: an unset key is `undefined`.
 */

export type FieldInput = Omit<FieldMeta, 'kind' | 'widget'> & { readonly widget?: Widget };
export type GroupInput = Omit<GroupMeta, 'kind'>;

function leaf<T extends z.ZodType>(schema: T, widget: Widget, meta: FieldInput) {
  const full: FieldMeta = { ...meta, kind: 'field', widget: meta.widget ?? widget };
  (schemaMeta as z.core.$ZodRegistry<FieldMeta | GroupMeta>).add(schema, full);
  return schema.optional();
}

/** Free text (StrictStr for the CLI). */
export function text(meta: FieldInput, check?: (s: z.ZodString) => z.ZodString) {
  const base = z.string();
  return leaf(check ? check(base) : base, meta.secret ? 'secret' : 'text', meta);
}

/** A Kubernetes DNS-1123 label such as a namespace or a release name. */
export function dnsLabel(meta: FieldInput) {
  return text(meta, (s) => s.max(63, 'At most 63 characters').regex(DNS1123_LABEL, 'Lower-case letters, digits and "-", starting and ending with a letter or digit'));
}

/** A Kubernetes resource quantity such as `500m` or `2Gi`. */
export function quantity(meta: FieldInput) {
  return text(meta, (s) => s.regex(K8S_QUANTITY, 'A Kubernetes quantity such as 500m, 1, 2Gi or 512Mi'));
}

/** An integer (StrictInt for the CLI). */
export function int(meta: FieldInput, range: { min?: number; max?: number } = {}) {
  let schema = z.number({ error: 'A whole number' }).int('A whole number');
  if (range.min !== undefined) schema = schema.min(range.min, `At least ${range.min}`);
  if (range.max !== undefined) schema = schema.max(range.max, `At most ${range.max}`);
  return leaf(schema, 'number', meta);
}

/** A TCP port, 1–65535. */
export function port(meta: FieldInput) {
  return int(meta, { min: 1, max: 65535 });
}

export function bool(meta: FieldInput) {
  return leaf(z.boolean({ error: 'true or false' }), meta.triState ? 'select' : 'switch', meta);
}

/** One of a fixed list of strings (case-sensitive, as the CLI checks them). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, meta: FieldInput) {
  return leaf(z.enum(values, { error: `One of: ${values.join(', ')}` }), 'select', { ...meta, options: meta.options ?? values });
}

/** A map of string to string (labels, annotations, nodeSelector): the CLI wants string values. */
export function stringMap(meta: FieldInput) {
  return leaf(z.record(z.string(), z.string({ error: 'Values must be strings (quote "true" or "1")' })), 'keyValue', meta);
}

/** A list of strings (image pull secrets, namespaces). */
export function stringList(meta: FieldInput, item: z.ZodString = z.string()) {
  return leaf(z.array(item), 'stringList', meta);
}

/** Any YAML value edited as text (affinity, free maps). */
export function yamlValue<T extends z.ZodType>(schema: T, meta: FieldInput) {
  return leaf(schema, 'yaml', meta);
}

/** A leaf with a structured value and a dedicated widget (tolerations, TLS, connections). */
export function structured<T extends z.ZodType>(schema: T, widget: Widget, meta: FieldInput) {
  return leaf(schema, widget, meta);
}

/** A nested map whose children are schema nodes. */
export function group<S extends z.ZodRawShape>(shape: S, meta: GroupInput) {
  const schema = z.object(shape);
  const full: GroupMeta = { ...meta, kind: 'group' };
  (schemaMeta as z.core.$ZodRegistry<FieldMeta | GroupMeta>).add(schema, full);
  return schema.optional();
}
