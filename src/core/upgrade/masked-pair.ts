import { setAt, valueAt } from '../history/changes';
import { classifySecrets } from '../secrets/classify';
import { maskSecrets, MASK_TEXT } from '../secrets/mask';
import { deepEqual } from '../values/deep-equal';
import { cloneData } from '../values/helm-merge';
import type { Values } from '../values/types';

/** A secret whose value differs from the deployed one: says that it changed, never what it is. */
export const MASK_CHANGED = `${MASK_TEXT} (new value)`;

/** Removes `path` from a copy's map, or empties a list item in place (the other items keep their places). */
function drop(values: Values, path: readonly string[]): void {
  const parent = valueAt(values, path.slice(0, -1));
  if (Array.isArray(parent)) {
    const i = Number(path[path.length - 1]);
    if (i < parent.length) parent[i] = '';
  } else setAt(values, path, undefined);
}

/**
 * The deployed and current overlays as upgrade mode shows them (its key list
 * and the preview's diff): every secret value (as the secret classifier finds
 * them on either side) is masked on both sides — a secret that changed shows
 * `•••••••• (new value)` on the current side, so the change is visible and
 * the value is not — and the paths the baseline could not keep (`leftOut`,
 * secrets not stored in the browser) are left out of both sides: there is
 * nothing known to compare them with.
 */
export function maskedPair(before: Values, after: Values, leftOut: readonly (readonly string[])[] = []): { before: Values; after: Values } {
  let b = before;
  let a = after;
  if (leftOut.length > 0) {
    b = cloneData(before);
    a = cloneData(after);
    for (const path of leftOut) {
      drop(b, path);
      drop(a, path);
    }
  }
  const maskedBefore = maskSecrets(b, { mask: () => MASK_TEXT }).values;
  const maskedAfter = maskSecrets(a, {
    findings: classifySecrets(a),
    mask: (f) => {
      const deployed = valueAt(b, f.path);
      return deployed === undefined || deployed === '' || deepEqual(deployed, f.value) ? MASK_TEXT : MASK_CHANGED;
    },
  }).values;
  return { before: maskedBefore, after: maskedAfter };
}
