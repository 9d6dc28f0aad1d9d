import { FORBIDDEN_KEYS, isPlainMap, type Values } from '../../shared/values';
import { resolvesAsNonString } from '../yaml/yaml11';
import { shellQuote } from './shell-quote';

/** One Helm value flag: `--set`, `--set-string` or `--set-json` (Helm ≥ 3.10) with its `key=value` text. */
export interface SetFlag {
  kind: 'set' | 'set-string' | 'set-json';
  expr: string;
}

/** Helm's strvals limits (pkg/strvals): dotted name depth and list index. */
export const MAX_NESTED_NAME_LEVEL = 30;
export const MAX_INDEX = 65536;

/** Escapes one key segment for strvals: `.`, `[`, `=`, `,` and `\` are special in keys. */
export function escapeSetKey(segment: string): string {
  return segment.replace(/[\\.[=,]/g, (c) => `\\${c}`);
}

/**
 * Escapes a value for `--set`/`--set-string`: `\` and `,` are special, and a
 * leading `{` would start a `{a,b}` list. (Braces elsewhere are literal.)
 */
export function escapeSetValue(value: string): string {
  const escaped = value.replace(/[\\,]/g, (c) => `\\${c}`);
  return escaped.startsWith('{') ? `\\${escaped}` : escaped;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Whether `--set key=<s>` would give something other than the string `s` (Helm's typedVal). */
export function setInfersNonString(s: string): boolean {
  const lower = s.toLowerCase();
  if (lower === 'true' || lower === 'false' || lower === 'null' || s === '0') return true;
  if (s === '' || s.startsWith('0') || !/^[+-]?[0-9]+$/.test(s)) return false;
  const n = BigInt(s);
  return n >= INT64_MIN && n <= INT64_MAX;
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** The flag for one scalar at an already escaped key path. */
function scalarFlag(key: string, value: unknown): SetFlag {
  if (value === null) return { kind: 'set', expr: `${key}=null` };
  if (typeof value === 'boolean') return { kind: 'set', expr: `${key}=${value}` };
  if (typeof value === 'number') {
    // --set reads only decimal int64s as numbers; other numbers go through JSON.
    if (Number.isSafeInteger(value) && !Object.is(value, -0)) return { kind: 'set', expr: `${key}=${value}` };
    return { kind: 'set-json', expr: `${key}=${JSON.stringify(value)}` };
  }
  const s = String(value);
  // Strings --set would retype, and strings YAML 1.1 would retype (yes, 0755, ...), go as --set-string.
  const kind = setInfersNonString(s) || resolvesAsNonString(s) ? 'set-string' : 'set';
  return { kind, expr: `${key}=${escapeSetValue(s)}` };
}

function jsonFlag(key: string, value: unknown): SetFlag {
  return { kind: 'set-json', expr: `${key}=${JSON.stringify(value)}` };
}

export interface SetFlagsResult {
  flags: SetFlag[];
  /** Dotted paths that Helm's flags cannot express (empty or forbidden keys at the top level); left out. */
  skipped: string[];
}

/**
 * Turns a values overlay into Helm value flags that give the same values:
 * nested maps become dotted keys (`ingress.annotations.nginx\.ingress\.kubernetes\.io/proxy-body-size`),
 * lists of scalars become indexed keys (`a[0]=x`), numbers, booleans and
 * null use `--set`, strings use `--set` unless Helm or YAML 1.1 would read
 * them as something else (then `--set-string`), and lists of maps, nested
 * lists, empty lists and maps, and non-integer numbers use `--set-json`.
 */
export function valuesToSetFlags(values: Values): SetFlagsResult {
  const flags: SetFlag[] = [];
  const skipped: string[] = [];

  const visitMap = (map: Values, prefix: string, level: number, rawPath: string) => {
    for (const [k, v] of Object.entries(map)) {
      if (v === undefined) continue;
      const childRaw = rawPath === '' ? k : `${rawPath}.${k}`;
      if (k === '' || FORBIDDEN_KEYS.has(k)) {
        skipped.push(childRaw);
        continue;
      }
      visit(prefix === '' ? escapeSetKey(k) : `${prefix}.${escapeSetKey(k)}`, v, level, childRaw);
    }
  };

  const visit = (key: string, value: unknown, level: number, rawPath: string) => {
    if (isPlainMap(value)) {
      const keys = Object.keys(value).filter((k) => value[k] !== undefined);
      const expressible = keys.every((k) => k !== '' && !FORBIDDEN_KEYS.has(k));
      // `a.b` nests one level per dot; Helm stops at MAX_NESTED_NAME_LEVEL.
      if (keys.length === 0 || !expressible || level + 1 > MAX_NESTED_NAME_LEVEL) flags.push(jsonFlag(key, value));
      else visitMap(value, key, level + 1, rawPath);
    } else if (Array.isArray(value)) {
      if (value.length > 0 && value.length <= MAX_INDEX && value.every(isScalar)) {
        value.forEach((item, i) => flags.push(scalarFlag(`${key}[${i}]`, item)));
      } else {
        flags.push(jsonFlag(key, value));
      }
    } else {
      flags.push(scalarFlag(key, value === undefined ? null : value));
    }
  };

  visitMap(values, '', 0, '');
  return { flags, skipped };
}

/** `--set 'expr'`, quoted for the shell. */
export function formatSetFlag(flag: SetFlag): string {
  return `--${flag.kind} ${shellQuote(flag.expr)}`;
}
