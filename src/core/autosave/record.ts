import { isChartVersion } from '../../schema/chart-versions';
import { parseStoredJson } from '../values/stored-json';
import { isPlainMap, type Values } from '../values/types';

/** What autosave keeps: the form's values for one chart release, and when. */
export interface AutosaveRecord {
  version: string;
  values: Values;
  /** ISO 8601 time of the save. */
  savedAt: string;
  /** Paths of the secret values kept out of storage (their values are not in `values`). */
  leftOut?: string[][];
}

/** Bump when the stored shape changes; older records are then ignored (not misread). */
export const AUTOSAVE_FORMAT = 1;

export function serializeRecord(record: AutosaveRecord): string {
  const leftOut = record.leftOut && record.leftOut.length > 0 ? { leftOut: record.leftOut } : {};
  return JSON.stringify({ format: AUTOSAVE_FORMAT, version: record.version, savedAt: record.savedAt, values: record.values, ...leftOut });
}

export type ParseRecordResult = { ok: true; record: AutosaveRecord } | { ok: false; reason: 'corrupt' | 'old-format' | 'unknown-version' };

/**
 * Reads a stored record. Storage is shared with every script of the origin,
 * so it is parsed as untrusted: `__proto__`/`constructor`/`prototype` keys or
 * a wrong shape make it unusable rather than half-read.
 */
export function parseRecord(text: string): ParseRecordResult {
  const data = parseStoredJson(text);
  if (!isPlainMap(data)) return { ok: false, reason: 'corrupt' };
  if (data.format !== AUTOSAVE_FORMAT) return { ok: false, reason: 'old-format' };
  const { version, savedAt, values } = data;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt)) || !isPlainMap(values) || typeof version !== 'string') {
    return { ok: false, reason: 'corrupt' };
  }
  if (!isChartVersion(version)) return { ok: false, reason: 'unknown-version' };
  const { leftOut } = data;
  if (leftOut === undefined) return { ok: true, record: { version, savedAt, values } };
  if (!Array.isArray(leftOut) || !leftOut.every((p) => Array.isArray(p) && p.every((s) => typeof s === 'string'))) return { ok: false, reason: 'corrupt' };
  return { ok: true, record: { version, savedAt, values, leftOut: leftOut as string[][] } };
}
