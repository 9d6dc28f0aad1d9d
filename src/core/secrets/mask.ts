import { cloneData } from '../values/helm-merge';
import { isPlainMap, type Values } from '../values/types';
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

function setAt(root: Values, path: readonly string[], value: unknown): void {
  let current: unknown = root;
  for (const key of path.slice(0, -1)) {
    current = Array.isArray(current) ? current[Number(key)] : isPlainMap(current) ? current[key] : undefined;
  }
  const last = path[path.length - 1] as string;
  if (Array.isArray(current)) current[Number(last)] = value;
  else if (isPlainMap(current)) current[last] = value;
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
  const out = cloneData(values);
  hidden.forEach((f, i) => setAt(out, f.path, options.mask ? options.mask(f, i) : MASK_TEXT));
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
  const out = cloneData(values);
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
