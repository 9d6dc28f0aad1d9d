import type { FieldNode } from '../../schema/node';

/** Allowed values of a select: the field's own list, else those of its z.enum. */
export function optionsOf(node: FieldNode): readonly string[] | undefined {
  return node.meta.options ?? node.enumValues;
}

/** Whether the schema refuses the key being absent (most keys are optional). */
export function isRequired(node: FieldNode): boolean {
  return node.required === true;
}
