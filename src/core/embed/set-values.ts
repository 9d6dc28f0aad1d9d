import { isChartVersion } from '../../schema/chart-versions';
import { ingest, type IngestReport } from '../ingest/ingest';
import { FORBIDDEN_KEYS, isPlainMap, type Values } from '../../shared/values';
import { SET_VALUES } from './protocol';

export type SetValuesResult =
  { readonly ok: true; readonly version: string; readonly values: Values; readonly formValues: Values; readonly report: IngestReport } | { readonly ok: false; readonly reason: string };

/**
 * The embed door: a `set-values` message (or the script embed's values)
 * checked for its shape and chart release, then read by ingest()
 * (core/ingest): guarded, migrated, merged onto the release's defaults.
 * `currentVersion` is used when the message names none. Never throws.
 */
export function readSetValues(data: unknown, currentVersion: string): SetValuesResult {
  if (!isPlainMap(data) || data.type !== SET_VALUES) return { ok: false, reason: 'not a set-values message' };
  if (Object.keys(data).some((k) => FORBIDDEN_KEYS.has(k))) return { ok: false, reason: 'the message has a forbidden key' };
  if (data.version !== undefined && (typeof data.version !== 'string' || !isChartVersion(data.version))) {
    return { ok: false, reason: `unknown chart version ${JSON.stringify(data.version)?.slice(0, 40) ?? String(data.version)}` };
  }
  const version = typeof data.version === 'string' ? data.version : currentVersion;
  const read = ingest({ door: 'embed', data: data.values, shape: 'overlay' }, version);
  if (!read.ok) return { ok: false, reason: read.error.message };
  return { ok: true, version, values: read.values, formValues: read.formValues, report: read.report };
}
