import * as z from 'zod';
import { valuesSchema } from '../../schema/values-schema';
import { schemaAt, type FieldNode } from '../../schema/walk';

/** Allowed values of a select: the field's own list, else those of its z.enum. */
export function optionsOf(node: FieldNode): readonly string[] | undefined {
  if (node.meta.options) return node.meta.options;
  if (node.schema instanceof z.ZodEnum) return node.schema.options.map(String);
  return undefined;
}

/** Whether the schema refuses the key being absent (most keys are optional). */
export function isRequired(node: FieldNode, root: z.ZodType = valuesSchema): boolean {
  const parent = schemaAt(root, node.path.slice(0, -1));
  if (!(parent instanceof z.ZodObject)) return false;
  const key = node.path[node.path.length - 1] as string;
  const own = (parent.shape as Record<string, z.ZodType>)[key];
  return own !== undefined && !own.safeParse(undefined).success;
}
