import { isChartVersion } from '../../schema/chart-versions';
import { ingestWith } from '../ingest/ingest-steps';
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
 * Reads a stored record (the autosave door). Storage is shared with every
 * script of the origin, so it is parsed as untrusted: `__proto__`/`constructor`/`prototype`
 * keys or a wrong shape make it unusable rather than half-read. The values
 * then go through ingest() (core/ingest) like every other source.
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
  if (leftOut !== undefined && (!Array.isArray(leftOut) || !leftOut.every((p) => Array.isArray(p) && p.every((s) => typeof s === 'string')))) return { ok: false, reason: 'corrupt' };
  // Work saved by an older builder (or edited by hand) is read like every other source: guarded, migrated.
  // Its report is not shown, so without the schema checks (they would load zod before the first input).
  const ingested = ingestWith({ door: 'autosave', data: values, shape: 'form', ...(leftOut !== undefined ? { leftOut: leftOut as string[][] } : {}) }, version, () => []);
  if (!ingested.ok) return { ok: false, reason: 'corrupt' };
  const restored = ingested.formValues;
  if (leftOut === undefined) return { ok: true, record: { version, savedAt, values: restored } };
  return { ok: true, record: { version, savedAt, values: restored, leftOut: leftOut as string[][] } };
}
