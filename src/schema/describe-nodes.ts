import * as z from 'zod';
import type { SchemaNode } from './node';
import { schemaAt, walkSchema } from './walk';

/**
 * The nodes of a zod values schema as plain data (schema order): path, id,
 * metadata, and the two facts the form reads from the zod types (a required
 * key; the values of a z.enum whose metadata lists no options).
 */
export function describeNodes(root: z.ZodType): SchemaNode[] {
  return walkSchema(root).map(({ schema, ...node }) => {
    const parent = schemaAt(root, node.path.slice(0, -1));
    const own = parent instanceof z.ZodObject ? (parent.shape as Record<string, z.ZodType>)[node.path[node.path.length - 1] as string] : undefined;
    const required = own !== undefined && !own.safeParse(undefined).success;
    const enumValues = node.meta.kind === 'field' && !node.meta.options && schema instanceof z.ZodEnum ? schema.options.map(String) : undefined;
    return { ...node, ...(required ? { required: true as const } : {}), ...(enumValues ? { enumValues } : {}) };
  });
}
