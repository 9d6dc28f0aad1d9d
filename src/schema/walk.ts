import * as z from 'zod';
import { schemaMeta, type FieldMeta, type GroupMeta, type NodeMeta } from './meta';

/** One node of the values schema, found by walking it. */
export interface SchemaNode<M extends NodeMeta = NodeMeta> {
  /** Path segments, e.g. `['gateway', 'service', 'port']`. */
  readonly path: readonly string[];
  /** Dotted path, e.g. `gateway.service.port` (also the form field name). */
  readonly id: string;
  readonly meta: M;
  /** The unwrapped zod type (not optional). */
  readonly schema: z.ZodType;
}

export type FieldNode = SchemaNode<FieldMeta>;
export type GroupNode = SchemaNode<GroupMeta>;

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
export function walkSchema(root: z.ZodType): SchemaNode[] {
  const out: SchemaNode[] = [];
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

export function isField(node: SchemaNode): node is FieldNode {
  return node.meta.kind === 'field';
}

export function isGroup(node: SchemaNode): node is GroupNode {
  return node.meta.kind === 'group';
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
