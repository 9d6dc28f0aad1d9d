import { groupChildKeys, nodeById } from '../fields/node-index';
import { isPlainMap, type Values } from './types';

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

/** `id` is the dotted path of a schema node ('' for the root), undefined for a key the schema does not know. */
function normalizeNode(id: string | undefined, value: unknown): unknown {
  if (id === undefined) return value; // a key the schema does not know: kept as it is
  if (nodeById(id)?.meta.kind === 'field') return isUnsetLeaf(value) ? undefined : value;
  const children = groupChildKeys(id);
  if (children && isPlainMap(value)) {
    const out: Values = {};
    for (const [key, child] of Object.entries(value)) {
      out[key] = normalizeNode(children.has(key) ? (id ? `${id}.${key}` : key) : undefined, child);
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
  return normalizeNode('', values) as Values;
}
