import { cloneValues, isPlainMap, setPath, type Values } from '../../shared/values';
import { classifySecrets, type SecretFinding } from './classify';

/** What a masked value shows where no per-value marker is wanted (the embed's `change` message). */
export const MASK_TEXT = '••••••••';

/** The marker of the n-th masked value in a text (the preview renders it as a "reveal" button). */
export function maskMarker(index: number): string {
  return `‹secret-${index}›`;
}

/** Finds the markers maskMarker() wrote in a text: `[text before, index, text before, index, …, rest]`. */
export const MASK_MARKER_PATTERN = /‹secret-(\d+)›/g;

export interface MaskOptions {
  /** The findings to mask (default: classifySecrets(values)). */
  findings?: readonly SecretFinding[];
  /** Ids (SecretFinding.id) shown in clear. */
  revealed?: ReadonlySet<string>;
  /** What replaces the n-th masked value (default: MASK_TEXT). */
  mask?: (finding: SecretFinding, index: number) => unknown;
}

export interface MaskResult {
  values: Values;
  /** The findings that were masked, in order: `mask(f, i)` replaced `masked[i]`. */
  masked: SecretFinding[];
}

/**
 * A copy of `values` with every secret value replaced by a mask (what the
 * preview, the command panel and the embed's `change` message show by
 * default). The input is not modified.
 */
export function maskSecrets(values: Values, options: MaskOptions = {}): MaskResult {
  const findings = options.findings ?? classifySecrets(values);
  const hidden = findings.filter((f) => !options.revealed?.has(f.id));
  if (hidden.length === 0) return { values, masked: [] };
  const out = cloneValues(values);
  hidden.forEach((f, i) => setPath(out, f.path, options.mask ? options.mask(f, i) : MASK_TEXT));
  return { values: out, masked: hidden };
}

export interface OmitResult {
  values: Values;
  /** What was left out, in document order. */
  leftOut: SecretFinding[];
}

/**
 * A copy of `values` without its secret values (share links, autosave with
 * secrets kept out of storage): a secret in a map is removed with its key
 * (maps left empty by that go too, so `agent: {token}` leaves nothing; an
 * env item keeps its `name`), a secret in a list becomes an empty string so
 * the other items keep their places.
 */
export function omitSecrets(values: Values, findings: readonly SecretFinding[] = classifySecrets(values)): OmitResult {
  if (findings.length === 0) return { values, leftOut: [] };
  const out = cloneValues(values);
  const drop = new Set(findings.map((f) => f.path.join('\u0000')));
  const visit = (node: unknown, prefix: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => (drop.has([...prefix, String(i)].join('\u0000')) ? '' : visit(item, [...prefix, String(i)])));
    if (!isPlainMap(node)) return node;
    const map: Values = {};
    for (const [key, value] of Object.entries(node)) {
      const path = [...prefix, key];
      if (drop.has(path.join('\u0000'))) continue;
      const inner = visit(value, path);
      if (isPlainMap(value) && Object.keys(value).length > 0 && isPlainMap(inner) && Object.keys(inner).length === 0) continue;
      map[key] = inner;
    }
    return map;
  };
  return { values: visit(out, []) as Values, leftOut: [...findings] };
}

/**
 * `text` (rendered manifests, a log, any text derived from `values`) with
 * every occurrence of a secret value of `values` replaced by MASK_TEXT, as
 * written plainly or inside a JSON string (ConfigMaps carry connections as
 * JSON). Values shorter than 4 characters are left alone (they would mask
 * unrelated text).
 */
export function maskSecretsInText(text: string, values: Values, findings: readonly SecretFinding[] = classifySecrets(values)): string {
  const needles = new Set<string>();
  for (const f of findings) {
    if (typeof f.value !== 'string' || f.value.length < 4) continue;
    needles.add(f.value);
    needles.add(JSON.stringify(f.value).slice(1, -1));
  }
  let out = text;
  // Longest first, so a secret that contains another is masked whole.
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) out = out.split(needle).join(MASK_TEXT);
  return out;
}
