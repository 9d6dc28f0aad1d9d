import { normalizeValues } from '../values/normalize';
import { getPath, type Values } from '../../shared/values';
import type { RuleContext } from './types';

const splitCache = new Map<string, readonly string[]>();

function split(path: string): readonly string[] {
  let parts = splitCache.get(path);
  if (!parts) {
    parts = path.split('.');
    splitCache.set(path, parts);
  }
  return parts;
}

/** The value at a dotted path of a values tree (own properties only). */
export function getIn(values: Values, path: string): unknown {
  return getPath(values, split(path));
}

/** A rule context over values that are already normalized. */
export function ruleContext(normalized: Values, version: string): RuleContext {
  return { values: normalized, version, get: (path) => getIn(normalized, path) };
}

/** A rule context over form values (normalizes them first): what tests and callers outside validate use. */
export function contextFromForm(formValues: Values, version: string): RuleContext {
  return ruleContext(normalizeValues(formValues), version);
}
