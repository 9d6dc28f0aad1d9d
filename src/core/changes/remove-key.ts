import { existsWithAncestors, nodeById } from '../fields/node-index';
import { cloneValues, getPath, isPlainMap, type Values } from '../../shared/values';

/**
 * Where the form of release `version` shows `path`: the field holding it (the
 * path itself or its nearest field ancestor), or the group it names; undefined
 * when the form has no place for it: a key the schema does not know, or one
 * of another chart release (only removing it fixes it).
 */
export function fieldHolding(path: string, version: string): string | undefined {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const node = nodeById(parts.slice(0, n).join('.'));
    if (!node) continue;
    if (!existsWithAncestors(node, version)) return undefined;
    // A group holds the path only when it is the group itself: a key below it that no field matched is unknown.
    return node.meta.kind === 'field' || n === parts.length ? node.id : undefined;
  }
  return undefined;
}

/** A copy of `values` without the key at `path`; maps it leaves empty stay (they mean "unchanged"). */
export function withoutKey(values: Values, path: string): Values {
  const out = cloneValues(values);
  const parts = path.split('.');
  const map = getPath(out, parts.slice(0, -1));
  if (isPlainMap(map)) delete map[parts[parts.length - 1] as string];
  return out;
}
