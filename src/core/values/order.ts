import { groupChildKeys } from '../fields/node-index';
import { isPlainMap, type Values } from './types';

/** `id` is the dotted path of a schema node ('' for the root); only groups (and the root) have child keys. */
function orderNode(id: string, value: unknown): unknown {
  const children = groupChildKeys(id);
  if (!children || !isPlainMap(value)) return value;
  const out: Values = {};
  for (const key of children) {
    if (Object.prototype.hasOwnProperty.call(value, key)) out[key] = orderNode(id ? `${id}.${key}` : key, value[key]);
  }
  for (const key of Object.keys(value)) {
    if (!children.has(key)) out[key] = value[key];
  }
  return out;
}

/** Reorders map keys to follow the schema; keys the schema does not know go last, in their own order. */
export function orderBySchema(values: Values): Values {
  return orderNode('', values) as Values;
}
