/**
 * How YAML readers would take a string written as a *plain* (unquoted)
 * scalar. Helm reads values files with Go's yaml.v2 (YAML 1.1 rules), the
 * Polyaxon CLI with PyYAML (YAML 1.1), other tools with YAML 1.2 readers; this
 * module covers the union of their implicit types, on the safe side (for
 * example booleans in any letter case, and anything that starts with a date).
 */

/** What a plain scalar resolves to in at least one of the readers. */
export type PlainType = 'null' | 'bool' | 'int' | 'float' | 'timestamp' | 'merge' | 'value' | 'str';

const NULL_WORDS: ReadonlySet<string> = new Set(['', '~', 'null']);
const BOOL_WORDS: ReadonlySet<string> = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false']);

// Numbers are matched after removing "_" (YAML 1.1 digit separators; yaml.v2 strips them before parsing).
const INT = /^[-+]?(?:0b[01]+|0o?[0-7]+|0x[0-9a-f]+|[0-9]+)$/i; // binary, octal (0755, 0o755), hex, decimal
const SEXAGESIMAL = /^[-+]?[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?$/; // 1:20, 190:20:30.15
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:e[-+]?[0-9]+)?$/i; // 1.5, 1., .5, 1e3, 6.8523015e+5
const FLOAT_SPECIAL = /^[-+]?\.(?:inf|nan)$/i;
// yaml.v2 and PyYAML both read YYYY-M-D (optionally followed by a time) as a timestamp.
const TIMESTAMP_START = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:$|[Tt \t])/;

/** The implicit type a plain scalar `s` gets in at least one YAML 1.1 or 1.2 reader ('str' when none). */
export function plainType(s: string): PlainType {
  const lower = s.toLowerCase();
  if (NULL_WORDS.has(lower)) return 'null';
  if (BOOL_WORDS.has(lower)) return 'bool';
  if (s === '<<') return 'merge';
  if (s === '=') return 'value';
  if (!/^[-+.0-9]/.test(s)) return 'str';
  if (TIMESTAMP_START.test(s)) return 'timestamp';
  if (FLOAT_SPECIAL.test(s)) return 'float';
  const plain = s.replace(/_/g, '');
  if (INT.test(plain)) return 'int';
  if (SEXAGESIMAL.test(plain)) return plain.includes('.') ? 'float' : 'int';
  if (FLOAT.test(plain)) return 'float';
  return 'str';
}

/** True when a YAML reader would read the plain scalar `s` as something other than the string `s`. */
export function resolvesAsNonString(s: string): boolean {
  return plainType(s) !== 'str';
}

// Characters YAML cannot carry in a plain scalar: line breaks, tabs, C0/C1 controls, NBSP, BOM,
// line/paragraph separators, non-characters and lone surrogates.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\x00-\x1f\x7f-\xa0\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// A first character that starts some other YAML construct (the c-indicator set).
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const DOCUMENT_MARKER = /^(?:---|\.\.\.)/;
const EDGE_SPACE = /^\s|\s$/;
const COLON_SPACE = /:(?:[ \t]|$)/;
const SPACE_HASH = /[ \t]#/;

/**
 * True when `s` must not be written as a plain scalar (key or value): it
 * would be read as another type (null, bool, int, float, timestamp, merge
 * key, value key), or it is not valid plain YAML (empty, leading or trailing
 * whitespace, line breaks or control characters, a leading indicator, `: `
 * or ` #` inside, a document marker).
 */
export function needsQuoting(s: string): boolean {
  return s === '' || EDGE_SPACE.test(s) || NEEDS_ESCAPE.test(s) || INDICATOR_START.test(s) || DOCUMENT_MARKER.test(s) || COLON_SPACE.test(s) || SPACE_HASH.test(s) || resolvesAsNonString(s);
}
