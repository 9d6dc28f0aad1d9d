import { isChartVersion } from '../../schema/chart-versions';
import { STORAGE_PREFIX } from '../autosave/settings';
import { textStore, type KeyValueStorage, type TextStore } from '../autosave/storage';
import { omitSecrets } from '../secrets/mask';
import { parseStoredJson } from '../values/stored-json';
import { isPlainMap } from '../values/types';
import type { DeployedBaseline } from './baseline';

/** Where the deployed baseline is kept (localStorage: it outlives the tab, like the autosaved work). */
export const BASELINE_KEY = `${STORAGE_PREFIX}deployed-baseline`;
export const BASELINE_FORMAT = 1;

/**
 * The baseline as stored: never its secret values (whatever the autosave
 * setting: the deployed token is not the user's work); their paths are
 * listed in `leftOut` so upgrade mode knows it cannot compare them.
 */
export function serializeBaseline(baseline: DeployedBaseline): string {
  const { values, leftOut } = omitSecrets(baseline.values);
  const paths = [...(baseline.leftOut ?? []), ...leftOut.map((f) => f.path)];
  const optional = (key: 'release' | 'namespace' | 'targetFrom') => (baseline[key] !== undefined ? { [key]: baseline[key] } : {});
  return JSON.stringify({
    format: BASELINE_FORMAT,
    version: baseline.version,
    source: baseline.source,
    ...optional('release'),
    ...optional('namespace'),
    ...optional('targetFrom'),
    values,
    ...(paths.length > 0 ? { leftOut: paths } : {}),
  });
}

const optionalString = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';
const isPath = (p: unknown): p is string[] => Array.isArray(p) && p.length > 0 && p.every((k) => typeof k === 'string');

/** Reads a stored baseline; undefined when it is missing a part, of another format or not to be trusted. */
export function parseBaseline(text: string): DeployedBaseline | undefined {
  const data = parseStoredJson(text);
  if (!isPlainMap(data) || data.format !== BASELINE_FORMAT) return undefined;
  const { version, source, release, namespace, targetFrom, values, leftOut } = data;
  if (typeof version !== 'string' || !isChartVersion(version) || typeof source !== 'string' || !isPlainMap(values)) return undefined;
  if (!optionalString(release) || !optionalString(namespace) || !optionalString(targetFrom)) return undefined;
  if (leftOut !== undefined && (!Array.isArray(leftOut) || !leftOut.every(isPath))) return undefined;
  return {
    version,
    source,
    values,
    ...(release !== undefined ? { release } : {}),
    ...(namespace !== undefined ? { namespace } : {}),
    ...(targetFrom !== undefined ? { targetFrom } : {}),
    ...(leftOut !== undefined && leftOut.length > 0 ? { leftOut: leftOut as string[][] } : {}),
  };
}

/** The deployed baseline over a key/value storage. Never throws. */
export type BaselineStore = TextStore<DeployedBaseline>;

export function createBaselineStore(storage: KeyValueStorage, key: string = BASELINE_KEY): BaselineStore {
  return textStore(storage, key, parseBaseline, serializeBaseline);
}
