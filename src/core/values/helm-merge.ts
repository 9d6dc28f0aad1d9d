import { cloneValues, isPlainMap, type Values } from '../../shared/values';

/**
 * What Helm does with `-f user.yaml` on top of the chart's values.yaml
 * (chartutil.CoalesceValues): user maps merge into default maps key by key,
 * anything else in the user file replaces the default, and a user `null`
 * deletes the key. Default nulls are kept. Returns a new tree.
 *
 * One null rule is Helm's own (v3.22 coalesceValues / coalesceTablesFullKey,
 * checked by interop/tests/helm-merge.interop.test.ts): below the top level a
 * user `null` deletes the key only when the chart default is not null; over a
 * null default the key stays, as `null`. At the top level a user `null`
 * always deletes a key the chart has.
 */
export function helmMerge(defaults: Values, user: Values): Values {
  const result = cloneValues(user);
  coalesceInto(result, defaults, true);
  return result;
}

function coalesceInto(dst: Values, src: Values, topLevel: boolean): void {
  for (const [key, srcValue] of Object.entries(src)) {
    if (!Object.prototype.hasOwnProperty.call(dst, key)) {
      dst[key] = cloneValues(srcValue);
      continue;
    }
    const dstValue = dst[key];
    if (dstValue === null) {
      if (topLevel || srcValue !== null) delete dst[key];
    } else if (isPlainMap(dstValue) && isPlainMap(srcValue)) {
      coalesceInto(dstValue, srcValue, false);
    }
  }
}

/**
 * Merges several user value files the way Helm combines repeated `-f` and
 * `--set` before coalescing (later wins, maps merge, nulls are kept).
 */
export function mergeUserValues(base: Values, next: Values): Values {
  const out = cloneValues(base);
  for (const [key, value] of Object.entries(next)) {
    const current = out[key];
    out[key] = isPlainMap(current) && isPlainMap(value) ? mergeUserValues(current, value) : cloneValues(value);
  }
  return out;
}
