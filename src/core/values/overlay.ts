import { deepEqual, isEmptyValue, isPlainMap, type Values } from '../../shared/values';

/**
 * The smallest user values file that Helm merges onto `defaults` to give
 * `desired` (see helmMerge): unchanged keys are left out, a key that is
 * unset in `desired` (undefined) but set in `defaults` becomes `null`, maps
 * recurse, anything else is written whole. `desired` is expected to be
 * normalized (see normalizeValues): emptied leaves are undefined.
 */
export function helmOverlay(defaults: Values, desired: Values): Values {
  const out: Values = {};
  for (const key of Object.keys(desired)) {
    const v = desired[key];
    const hasDefault = Object.prototype.hasOwnProperty.call(defaults, key);
    const d = hasDefault ? defaults[key] : undefined;
    if (v === undefined) {
      if (!isEmptyValue(d)) out[key] = null;
      continue;
    }
    if (hasDefault && deepEqual(v, d)) continue;
    if (isPlainMap(v) && isPlainMap(d)) {
      const sub = helmOverlay(d, v);
      if (Object.keys(sub).length > 0) out[key] = sub;
      continue;
    }
    if (v === null && !hasDefault) continue;
    out[key] = v;
  }
  for (const key of Object.keys(defaults)) {
    if (Object.prototype.hasOwnProperty.call(desired, key)) continue;
    if (!isEmptyValue(defaults[key])) out[key] = null;
  }
  return out;
}
