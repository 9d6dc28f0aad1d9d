import type { Values } from '../../shared/values';
import { toYaml } from '../yaml/to-yaml';
import { classifySecrets, type SecretFinding } from './classify';
import { maskMarker, maskSecrets } from './mask';

/** Values as a screen shows them: each hidden secret replaced by its marker (maskMarker(i) for `masked[i]`). */
export interface DisplayValues {
  values: Values;
  masked: readonly SecretFinding[];
}

/**
 * The values a screen shows: every secret value (classifySecrets) replaced by
 * a numbered marker, except the `revealed` ids. A screen renders the markers
 * as "reveal" buttons (MASK_MARKER_PATTERN finds them in any text derived from
 * the values: YAML, shell commands).
 */
export function displayValues(values: Values, revealed: ReadonlySet<string> = new Set()): DisplayValues {
  const { values: shown, masked } = maskSecrets(values, { findings: classifySecrets(values), revealed, mask: (_f, i) => maskMarker(i) });
  return { values: shown, masked };
}

/** `toYaml` of displayValues(): the masked preview text. */
export function displayYaml(values: Values, revealed?: ReadonlySet<string>): { text: string; masked: readonly SecretFinding[] } {
  const shown = displayValues(values, revealed);
  return { text: toYaml(shown.values), masked: shown.masked };
}
