import * as z from 'zod';
import { valuesSchema } from '../../schema/values-schema';
import { schemaAt, unwrap, type FieldNode } from '../../schema/walk';
import type { SubWidget } from '../../schema/sub-fields';
import { valueSubFields, type SubFieldProps } from '../fields/sub-field-props';
import { getPath, isEmptyValue, isPlainMap, type Values } from '../../shared/values';

/** Where a sub-field lives: inside the value of a field (in each row of a list field). */
export interface SubFieldPlace {
  /** The field whose value holds the sub-field. */
  readonly field: string;
  readonly fieldLabel: string;
  /** The field is a list: the sub-field is in each row. */
  readonly list: boolean;
  /** Dotted path inside the value (inside one row of a list). */
  readonly subPath: string;
  readonly widget: SubWidget;
  /** Shown only when the object at `object` has `by` set to one of `values` (a connection's schema fields by kind). */
  readonly variant?: { readonly object: string; readonly by: string; readonly values: readonly string[] };
  /** Inside an optional object shown behind an "Add <label>" button until it has a value (a Secret reference). */
  readonly collapsed?: { readonly path: string; readonly label: string };
}

/** One sub-field for the finder, before the holder's label (which depends on the release) is known. */
export interface SubFieldDraft {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly options: readonly string[];
  readonly place: Omit<SubFieldPlace, 'fieldLabel'>;
}

const join = (prefix: string, key: string) => (prefix === '' ? key : `${prefix}.${key}`);

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

interface Context {
  readonly field: string;
  readonly list: boolean;
  readonly variant?: SubFieldPlace['variant'];
  readonly collapsed?: SubFieldPlace['collapsed'];
}

/**
 * The sub-fields of `fields` (at `prefix` inside the value) and those of their
 * objects, in schema order. A variant object's fields are those of every value
 * its sibling allows; a key several values share (a connection's `url`) is one
 * entry naming those values.
 */
function collect(fields: readonly SubFieldProps[], prefix: string, ctx: Context, out: Map<string, SubFieldDraft>): void {
  for (const f of fields) {
    const subPath = join(prefix, f.key);
    const place = { field: ctx.field, list: ctx.list, subPath, widget: f.widget, ...(ctx.variant ? { variant: ctx.variant } : {}), ...(ctx.collapsed ? { collapsed: ctx.collapsed } : {}) };
    out.set(subPath, { key: subPath, label: f.label, description: f.description, options: (f.options ?? []).map((o) => o.value), place });
    const inside: Context = f.collapsible && !ctx.collapsed ? { ...ctx, collapsed: { path: subPath, label: f.label } } : ctx;
    if (f.fields) collect(f.fields, subPath, inside, out);
    if (f.variants) {
      const values = fields.find((s) => s.key === f.variants?.by)?.options?.map((o) => o.value) ?? [];
      const byKey = new Map<string, { fields: SubFieldProps; values: string[] }>();
      for (const value of values) {
        for (const v of f.variants.fields(value) ?? []) {
          const seen = byKey.get(v.key);
          if (seen) seen.values.push(value);
          else byKey.set(v.key, { fields: v, values: [value] });
        }
      }
      for (const { fields: v, values: these } of byKey.values()) {
        const variant = { object: prefix, by: f.variants.by, values: these };
        const drafts = new Map<string, SubFieldDraft>();
        collect([v], subPath, { ...inside, variant }, drafts);
        for (const d of drafts.values()) out.set(d.key, { ...d, description: `${d.description} (${f.variants.by} ${orList(these)})` });
      }
    }
  }
}

const memo = new WeakMap<FieldNode, readonly SubFieldDraft[]>();

/** The sub-fields inside a field's value (each row's, for a list), from its schema; [] for a plain field. Memoized. */
export function subFieldDrafts(node: FieldNode): readonly SubFieldDraft[] {
  let drafts = memo.get(node);
  if (!drafts) {
    const fields = valueSubFields(node);
    const zodType = schemaAt(valuesSchema, node.path);
    const list = zodType !== undefined && unwrap(zodType) instanceof z.ZodArray;
    const out = new Map<string, SubFieldDraft>();
    collect(fields, '', { field: node.id, list }, out);
    drafts = Object.freeze([...out.values()]);
    memo.set(node, drafts);
  }
  return drafts;
}

/** The finder's id of a sub-field: `tolerations[].key`, `artifactsStore.schema.bucket`. */
export function subFieldId(place: Omit<SubFieldPlace, 'fieldLabel'>): string {
  return `${place.field}${place.list ? '[]' : ''}.${place.subPath}`;
}

/** Where to go for a sub-field in the current values: the input's path, and a note saying where it is (and what to do when it is not shown). */
export interface SubFieldTarget {
  readonly path: string;
  readonly note: string;
}

function variantMatches(place: SubFieldPlace, object: unknown): boolean {
  if (!place.variant) return true;
  const by = getPath(object, [...(place.variant.object === '' ? [] : place.variant.object.split('.')), place.variant.by]);
  return typeof by === 'string' && place.variant.values.includes(by);
}

function variantText(place: SubFieldPlace): string {
  return place.variant ? ` of ${place.variant.by} ${orList(place.variant.values)}` : '';
}

/** The input inside one object (the field's value or one row) at `base`. */
function inObject(place: SubFieldPlace, base: string, object: unknown, where: string): SubFieldTarget {
  if (place.collapsed && isEmptyValue(getPath(object, place.collapsed.path.split('.')))) {
    return { path: base, note: `${where} (add ${place.collapsed.label})` };
  }
  const value = getPath(object, place.subPath.split('.'));
  // A string list has no input of its own: its first item's.
  const path = place.widget === 'stringList' && Array.isArray(value) && value.length > 0 ? `${base}.${place.subPath}.0` : `${base}.${place.subPath}`;
  return { path, note: where };
}

/**
 * Where the finder goes for a sub-field given the form's values: the input
 * of the first row (or of the object) that shows it, else the field holding it
 * with a note saying what to do ("in Tolerations (add a row)").
 */
export function subFieldTarget(place: SubFieldPlace, values: Values): SubFieldTarget {
  const value = getPath(values, place.field.split('.'));
  const where = `in ${place.fieldLabel}`;
  if (place.list) {
    const rows = Array.isArray(value) ? value : [];
    if (rows.length === 0) return { path: place.field, note: `${where} (add a row${variantText(place)})` };
    const index = rows.findIndex((row) => variantMatches(place, row));
    if (index < 0) return { path: place.field, note: `${where} (add a row${variantText(place)})` };
    return inObject(place, `${place.field}.${index}`, rows[index], rows.length > 1 ? `${where}, row ${index + 1}` : where);
  }
  if (!isPlainMap(value)) return { path: place.field, note: `${where} (set it first)` };
  if (!variantMatches(place, value)) return { path: place.field, note: `${where} (set ${place.variant?.by ?? ''} to ${orList(place.variant?.values ?? [])})` };
  return inObject(place, place.field, value, where);
}
