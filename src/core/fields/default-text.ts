import { fieldDefault } from '../../schema/defaults';
import type { FieldMeta } from '../../schema/meta';
import { needsQuoting } from '../yaml/yaml11';
import { isEmptyValue } from '../../shared/values';

/*
 * Defaults are plain data (maps, lists, strings, numbers, booleans): this small
 * block writer shows them the way the preview's YAML would, without loading a
 * YAML library in the first-load chunk (every field computes its default text).
 */
function scalarText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return needsQuoting(value) ? JSON.stringify(value) : value;
  return String(value);
}

const isCollection = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** Lines of `value` as block YAML (2-space indent, list items indented under their key). */
function blockLines(value: unknown): string[] {
  if (!isCollection(value) || isEmptyValue(value)) return [isCollection(value) ? (Array.isArray(value) ? '[]' : '{}') : scalarText(value)];
  const indent = (lines: string[]) => lines.map((l) => `  ${l}`);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const lines = blockLines(item);
      return [`- ${lines[0]}`, ...indent(lines.slice(1))];
    });
  }
  return Object.entries(value).flatMap(([k, v]) => {
    const key = scalarText(k);
    if (!isCollection(v) || isEmptyValue(v)) return [`${key}: ${blockLines(v)[0]}`];
    return [`${key}:`, ...indent(blockLines(v))];
  });
}

/** A scalar or a small collection as YAML would show it ("false", "\"UTC\"", "[]", "{}"). */
export function renderValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (typeof value === 'object' && Object.keys(value).length === 0) return '{}';
  // A list of scalars stays on one line; maps and lists of maps are short block YAML.
  const flat = Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');
  if (flat) return `[${(value as unknown[]).map(scalarText).join(', ')}]`;
  return blockLines(value).join('\n');
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
