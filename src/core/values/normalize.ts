import * as z from 'zod';
import { schemaMeta } from '../../schema/meta';
import { unwrap } from '../../schema/walk';
import { valuesSchema } from '../../schema/values-schema';
import { isPlainMap, type Values } from '../../shared/values';

/** A leaf value that means "not set": empty text, an empty list or map, NaN or null. */
export function isUnsetLeaf(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (typeof value === 'number' && Number.isNaN(value)) ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlainMap(value) && Object.keys(value).length === 0)
  );
}

function normalizeNode(schema: z.ZodType | undefined, value: unknown): unknown {
  if (schema === undefined) return value; // a key the schema does not know: kept as it is
  const inner = unwrap(schema);
  const meta = schemaMeta.get(inner);
  if (meta?.kind === 'field') return isUnsetLeaf(value) ? undefined : value;
  if (inner instanceof z.ZodObject && isPlainMap(value)) {
    const shape = inner.shape as Record<string, z.ZodType>;
    const out: Values = {};
    for (const [key, child] of Object.entries(value)) {
      const known = Object.prototype.hasOwnProperty.call(shape, key) ? shape[key] : undefined;
      out[key] = normalizeNode(known, child);
    }
    return out;
  }
  return value === null ? undefined : value;
}

/**
 * Turns form values into "desired values": every leaf the user left empty
 * becomes undefined (unset), groups keep their shape, unknown keys are kept.
 */
export function normalizeValues(values: Values): Values {
  return normalizeNode(valuesSchema, values) as Values;
}
