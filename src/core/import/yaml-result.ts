/** What the safe YAML loader reports. */

export type YamlErrorCode =
  | 'too-large'
  | 'binary'
  | 'syntax'
  | 'too-deep'
  | 'duplicate-key'
  | 'alias-expansion'
  | 'unknown-alias'
  | 'recursive-alias'
  | 'tag'
  | 'forbidden-key'
  | 'key-type'
  | 'merge'
  | 'not-finite'
  | 'multiple-documents'
  | 'line-separator'
  | 'not-a-map';

/** A position in the pasted text, 1-based like an editor shows it. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

export interface YamlError {
  readonly code: YamlErrorCode;
  /** One sentence for people; includes `line:column` when the problem has a place. */
  readonly message: string;
  readonly position?: TextPosition;
  /** The values path the problem is at, e.g. `agent.__proto__` or `connections[2]`. */
  readonly path?: string;
}

export type YamlWarningCode = 'yaml11-scalar' | 'key-converted' | 'merge-overrides' | 'empty-document';

export interface YamlWarning {
  readonly code: YamlWarningCode;
  readonly message: string;
  readonly position?: TextPosition;
  readonly path?: string;
}

export type YamlLoadResult = { readonly ok: true; readonly value: unknown; readonly warnings: readonly YamlWarning[] } | { readonly ok: false; readonly error: YamlError };

/** `line:column`, as editors and compilers print it. */
export function formatPosition(p: TextPosition): string {
  return `${p.line}:${p.column}`;
}

export { formatPath } from '../values/format-path';
