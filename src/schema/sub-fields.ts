import * as z from 'zod';

/**
 * Sub-fields: the keys inside a structured value (a toleration, an ingress TLS
 * entry, a connection and its Secret reference). Each is declared on the zod
 * node that validates it, like top-level keys are, so that the builder renders
 * list rows and nested objects from the schema: adding a sub-field to an item
 * schema (with `sub()`) adds its input, without UI code.
 */

/** How a sub-field is edited. Derived from the zod type when not given (string, number, enum, boolean, string list, object). */
export type SubWidget = 'text' | 'number' | 'select' | 'switch' | 'stringList' | 'intOrString' | 'yaml' | 'object';

/** Values a text input offers as suggestions: the value at `path`, or for a list the `itemKey` of each item. */
export interface SuggestFrom {
  readonly path: string;
  readonly itemKey?: string;
  /** What the suggestions are, where they are listed as picks ("Defined connections"). */
  readonly label?: string;
}

/** Fields of an object that depend on a sibling key's value (a connection's `schema` by its `kind`). */
export interface Variants {
  /** The sibling key whose value picks the fields. */
  readonly by: string;
  /** The fields for a value; undefined or [] when the object is free-form (edited as YAML). */
  readonly fields: (value: string) => readonly SubFieldSpec[] | undefined;
}

export interface SubFieldMeta {
  readonly label: string;
  readonly description: string;
  readonly widget?: SubWidget;
  readonly placeholder?: string;
  /** A select's text for the empty value ("unset (Equal)"). */
  readonly unsetLabel?: string;
  /** A select's option group per value (e.g. "Blob storage"); options are ordered by `optionGroups`. */
  readonly optionGroup?: (value: string) => string;
  readonly optionGroups?: readonly string[];
  /** A string list: each input's label ("Host" -> "Host 1") and the noun of its Add button. */
  readonly itemLabel?: string;
  readonly noun?: string;
  readonly suggest?: SuggestFrom;
  /** The input spans the whole row (lists, YAML). */
  readonly wide?: boolean;
  /** An object shown behind an "Add <label>" button until it has a value (optional Secret/ConfigMap references). */
  readonly collapsible?: boolean;
  readonly variants?: Variants;
}

/** A sub-field given as data rather than as a zod node (a connection kind's schema fields). */
export interface SubFieldSpec extends SubFieldMeta {
  readonly key: string;
  readonly widget: SubWidget;
  readonly required?: boolean;
  /** A select's values. */
  readonly options?: readonly string[];
}

/** The rows of a list field: what one item is called, the empty text, and a new row's value. */
export interface RowsMeta {
  /** One item's noun for buttons and row names ("toleration", "TLS entry"). */
  readonly noun: string;
  readonly emptyText: string;
  /** The value of a new row (copied before use). */
  readonly newItem: unknown;
}

export const subFieldMeta = z.registry<SubFieldMeta>();

/** Declares a sub-field on its zod node (register the inner node: wrap `.optional()` around the result). */
export function sub<T extends z.ZodType>(schema: T, meta: SubFieldMeta): T {
  subFieldMeta.add(schema, meta);
  return schema;
}
