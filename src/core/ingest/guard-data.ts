import { formatPath } from '../values/format-path';
import { FORBIDDEN_KEYS, isPlainMap, type Values } from '../../shared/values';
import type { IngestError } from './ingest-types';

/** Maps and lists nested deeper than this are refused (the YAML loader's limit too). */
export const MAX_DATA_DEPTH = 100;
/** How many values (maps, lists and scalars, a shared reference counted each time it is met) a tree may hold. */
export const MAX_DATA_NODES = 100_000;

export interface GuardOptions {
  /**
   * Form values (autosave, the form before a release switch): a NaN left by
   * a cleared number input means "unset" and is dropped instead of refused.
   */
  readonly form?: boolean;
}

class Refused extends Error {
  constructor(readonly detail: IngestError) {
    super(detail.message);
  }
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object that is not plain data';
  return `the ${typeof value} ${String(value).slice(0, 40)}`;
}

/**
 * A fresh copy of untrusted data that is plain values only, or why not:
 * maps (plain objects), lists, strings, finite numbers, booleans and null.
 * Refused, with the path: `__proto__`/`constructor`/`prototype` keys at any
 * depth, nesting deeper than {@link MAX_DATA_DEPTH} (a cycle ends there too),
 * more than {@link MAX_DATA_NODES} values (a shared-reference "alias bomb"
 * stops there, without being expanded), functions, dates, class instances
 * and non-finite numbers. `undefined` is carried as JSON carries it: a map
 * key holding it is dropped, a list item becomes null. The top level must be a map.
 */
export function guardData(data: unknown, options: GuardOptions = {}): { ok: true; values: Values } | { ok: false; error: IngestError } {
  if (!isPlainMap(data)) return { ok: false, error: { code: 'not-a-map', message: `The values must be a map of keys (such as \`agent:\`), but this is ${kindOf(data)}.` } };
  let nodes = 0;
  const copy = (value: unknown, path: (string | number)[]): unknown => {
    nodes += 1;
    if (nodes > MAX_DATA_NODES)
      throw new Refused({ code: 'too-large', message: `The values hold more than ${MAX_DATA_NODES.toLocaleString('en')} entries (repeated references count each time); they were not read.` });
    if (path.length > MAX_DATA_DEPTH)
      throw new Refused({
        code: 'too-deep',
        path: formatPath(path),
        message: `The values are nested more than ${MAX_DATA_DEPTH} levels deep at ${formatPath(path.slice(0, 8))}…; they were not read.`,
      });
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      if (options.form && Number.isNaN(value)) return undefined;
      throw new Refused({ code: 'not-data', path: formatPath(path), message: `\`${formatPath(path)}\` is ${String(value)}, which a values file cannot hold.` });
    }
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i += 1) {
        const item = copy(value[i], [...path, i]);
        out.push(item === undefined ? null : item);
      }
      return out;
    }
    if (isPlainMap(value)) {
      const out: Values = {};
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) throw new Refused({ code: 'forbidden-key', path: formatPath([...path, key]), message: `The key \`${key}\` (at ${formatPath(path)}) is not allowed in values.` });
        const item = copy(value[key], [...path, key]);
        if (item !== undefined) out[key] = item;
      }
      return out;
    }
    if (value === undefined) return undefined;
    throw new Refused({ code: 'not-data', path: formatPath(path), message: `\`${formatPath(path)}\` is ${kindOf(value)}, not a value a values file can hold.` });
  };
  try {
    return { ok: true, values: copy(data, []) as Values };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.detail };
    throw error;
  }
}
