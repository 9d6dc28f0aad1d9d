import type { FieldMeta, GroupMeta, NodeMeta } from './meta';

/**
 * One node of the values schema as plain data: what the form, the defaults and
 * the YAML need, without the zod type. `schema-nodes.ts` lists them; the app
 * build gets that list as data (vite-plugins/schema-nodes.ts), so the first
 * load needs no zod. Validation reads the zod types through `walkSchema`.
 */
export interface SchemaNode<M extends NodeMeta = NodeMeta> {
  /** Path segments, e.g. `['gateway', 'service', 'port']`. */
  readonly path: readonly string[];
  /** Dotted path, e.g. `gateway.service.port` (also the form field name). */
  readonly id: string;
  readonly meta: M;
  /** The zod type refuses the key being absent (most keys are optional). */
  readonly required?: true;
  /** The values of the field's z.enum, when it is one. */
  readonly enumValues?: readonly string[];
}

export type FieldNode = SchemaNode<FieldMeta>;
export type GroupNode = SchemaNode<GroupMeta>;

export function isField<N extends SchemaNode>(node: N): node is N & SchemaNode<FieldMeta> {
  return node.meta.kind === 'field';
}

export function isGroup<N extends SchemaNode>(node: N): node is N & SchemaNode<GroupMeta> {
  return node.meta.kind === 'group';
}
