import * as z from 'zod';
import { schemaMeta } from '../../schema/meta';
import { unwrap } from '../../schema/walk';
import { valuesSchema } from '../../schema/values-schema';
import { isPlainMap, type Values } from '../../shared/values';

function orderNode(schema: z.ZodType | undefined, value: unknown): unknown {
  if (schema === undefined || !isPlainMap(value)) return value;
  const inner = unwrap(schema);
  if (schemaMeta.get(inner)?.kind === 'field' || !(inner instanceof z.ZodObject)) return value;
  const shape = inner.shape as Record<string, z.ZodType>;
  const out: Values = {};
  for (const key of Object.keys(shape)) {
    if (Object.prototype.hasOwnProperty.call(value, key)) out[key] = orderNode(shape[key], value[key]);
  }
  for (const key of Object.keys(value)) {
    if (!Object.prototype.hasOwnProperty.call(shape, key)) out[key] = value[key];
  }
  return out;
}

/** Reorders map keys to follow the schema; keys the schema does not know go last, in their own order. */
export function orderBySchema(values: Values): Values {
  return orderNode(valuesSchema, values) as Values;
}
