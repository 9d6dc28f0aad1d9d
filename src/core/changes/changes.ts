import { existsIn, fieldDefault } from '../../schema/defaults';
import type { FieldMeta } from '../../schema/meta';
import { existsWithAncestors, nodeById } from '../fields/node-index';
import { deepEqual, getPath, isPlainMap, type Values } from '../../shared/values';
import { isUnsetLeaf } from '../values/normalize';
import { computeValues } from '../values/output';

/** One key whose value differs from the chart default. */
export interface Change {
  /** Dotted values path (a form field's id, or a key the schema does not know). */
  readonly path: string;
  /** The field's label; the path itself for an unknown key. */
  readonly label: string;
  /** The chart default (undefined: the chart leaves it unset). */
  readonly before: unknown;
  /** The value now (undefined: unset). */
  readonly after: unknown;
  /** `field`: a form field; `unknown`: a key with no form field (from an import or another release). */
  readonly kind: 'field' | 'unknown';
  /** Whether the value is a secret (shown masked). */
  readonly secret: boolean;
}

/** A form value as the output sees it: empty text, empty lists and maps, NaN and null all mean "unset". */
function effective(value: unknown): unknown {
  return isUnsetLeaf(value) ? undefined : value;
}

/** The chart default of a field as the output compares it (undefined when the chart leaves it unset). */
function effectiveDefault(meta: FieldMeta, version: string): unknown {
  const d = fieldDefault(meta, version);
  return effective(d.present ? d.value : undefined);
}

/**
 * A map value over a map default, without the `key: null` entries that
 * remove nothing: Helm's merge deletes a default key with null, so a null
 * under a key the default map does not have changes nothing in the output.
 */
function withoutNoopNulls(value: unknown, def: unknown): unknown {
  if (!isPlainMap(value) || !isPlainMap(def)) return value;
  const out: Values = {};
  for (const [key, child] of Object.entries(value)) {
    const has = Object.prototype.hasOwnProperty.call(def, key);
    if (child === null && !has) continue;
    out[key] = withoutNoopNulls(child, has ? def[key] : undefined);
  }
  return out;
}

/** Whether a field's form value differs from the chart default of release `version` (as the output sees both). */
export function isFieldChanged(meta: FieldMeta, value: unknown, version: string): boolean {
  const d = fieldDefault(meta, version);
  return !deepEqual(effective(withoutNoopNulls(value, d.present ? d.value : undefined)), effectiveDefault(meta, version));
}

/** Paths the overlay changes: form fields of the release, and keys no field of it shows. */
export interface ChangedKeys {
  readonly fields: readonly string[];
  readonly unknown: readonly string[];
}

function walkOverlay(overlay: Values, version: string, prefix: string, out: { fields: string[]; unknown: string[] }): void {
  for (const [key, value] of Object.entries(overlay)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const node = nodeById(path);
    if (node && node.meta.kind === 'field' && existsWithAncestors(node, version)) out.fields.push(path);
    else if (node && node.meta.kind === 'group' && existsIn(node.meta, version) && isPlainMap(value)) walkOverlay(value, version, path, out);
    else if (value !== null) out.unknown.push(path); // null under a missing key only removes a default
  }
}

/**
 * Which keys an overlay (`computeValues(...).changed`, what Helm merges onto
 * the defaults) changes, at field granularity: a map-valued field counts once.
 * Cheap for the small overlays users write, so it can run on every change.
 */
export function changedKeys(overlay: Values, version: string): ChangedKeys {
  const out = { fields: [] as string[], unknown: [] as string[] };
  walkOverlay(overlay, version, '', out);
  return out;
}

/**
 * Every key that differs from the chart defaults of `version` (old -> new):
 * the form's fields in schema order, then keys no field of the release shows
 * (they are written as they are). Pure.
 */
export function listChanges(values: Values, version: string, overlay: Values = computeValues(values, version).changed): Change[] {
  const { fields, unknown } = changedKeys(overlay, version);
  const out: Change[] = [];
  for (const id of fields) {
    const node = nodeById(id);
    if (!node || node.meta.kind !== 'field') continue;
    out.push({ path: id, label: node.meta.label, before: effectiveDefault(node.meta, version), after: effective(getPath(values, node.path)), kind: 'field', secret: node.meta.secret === true });
  }
  for (const path of unknown) out.push({ path, label: path, before: undefined, after: getPath(overlay, path.split('.')), kind: 'unknown', secret: false });
  return out;
}

/** A value on one short line for a change list: `unset`, text in quotes, numbers and lists as YAML flow would show them. */
export function showValue(value: unknown, secret = false, max = 60): string {
  if (value === undefined || value === null) return 'unset';
  if (secret) return '••••••';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
