import * as z from 'zod';
import { schemaMeta, type NodeMeta } from './meta';
import type { SchemaNode } from './node';

export { isField, isGroup, type FieldNode, type GroupNode, type SchemaNode } from './node';

/** One node of the values schema with its zod type, found by walking it. */
export interface ZodNode<M extends NodeMeta = NodeMeta> extends SchemaNode<M> {
  /** The unwrapped zod type (not optional). */
  readonly schema: z.ZodType;
}

/** Removes optional/nullable wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else {
      return current;
    }
  }
}

export function metaOf(schema: z.ZodType): NodeMeta | undefined {
  return schemaMeta.get(unwrap(schema));
}

/** Every node in schema order (depth first, a group before its children). */
export function walkSchema(root: z.ZodType): ZodNode[] {
  const out: ZodNode[] = [];
  const visit = (schema: z.ZodType, path: string[]) => {
    const inner = unwrap(schema);
    const meta = schemaMeta.get(inner);
    if (path.length > 0) {
      if (!meta) throw new Error(`Schema node ${path.join('.')} has no metadata`);
      out.push({ path, id: path.join('.'), meta, schema: inner });
      if (meta.kind === 'field') return;
    }
    if (inner instanceof z.ZodObject) {
      for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
        visit(child, [...path, key]);
      }
    }
  };
  visit(root, []);
  return out;
}

/** Child keys of a group schema in schema order (empty for leaves). */
export function childKeys(schema: z.ZodType): string[] {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** The schema node at `path`, or undefined when the schema does not know it. */
export function schemaAt(root: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let current: z.ZodType = unwrap(root);
  for (const key of path) {
    if (!(current instanceof z.ZodObject)) return undefined;
    const shape = current.shape as Record<string, z.ZodType>;
    if (!Object.prototype.hasOwnProperty.call(shape, key)) return undefined;
    current = unwrap(shape[key] as z.ZodType);
  }
  return current;
}
