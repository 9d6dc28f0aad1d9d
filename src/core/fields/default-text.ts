import { dump } from 'js-yaml';
import { fieldDefault } from '../../schema/defaults';
import type { FieldMeta } from '../../schema/meta';

/** A scalar or a small collection as YAML would show it ("false", "\"UTC\"", "[]", "{}"). */
export function renderValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (typeof value === 'object' && Object.keys(value).length === 0) return '{}';
  // A list of scalars stays on one line; maps and lists of maps are short block YAML.
  const flat = Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');
  return dump(value, { noRefs: true, flowLevel: flat ? 0 : -1 }).trimEnd();
}

/** A template fallback as the tooltip says it: strings bare ("/"), anything else as YAML. */
function renderFallback(value: unknown): string {
  return typeof value === 'string' ? value : renderValue(value);
}

/**
 * The chart's default for a field in a release, as readable text:
 * "false", "\"UTC\"", "[]", "{}", a short YAML block for maps, "empty" for a
 * null or empty value, "unset" when values.yaml does not have the key, and
 * "unset (the chart uses / when empty)" when the templates fall back to a value.
 */
export function defaultText(meta: FieldMeta, version: string, exists = true): string {
  if (!exists) return `not in chart ${version}`;
  const d = fieldDefault(meta, version);
  const hasFallback = meta.fallback !== undefined;
  if (!d.present || d.value === null || d.value === undefined) {
    if (hasFallback) return `unset (the chart uses ${renderFallback(meta.fallback)} when empty)`;
    return d.present ? 'empty' : 'unset';
  }
  if (d.value === '') return hasFallback ? `empty (the chart uses ${renderFallback(meta.fallback)} when empty)` : 'empty';
  return renderValue(d.value);
}
