import { FORBIDDEN_KEYS } from './types';

/**
 * Parses JSON read back from the browser's storage. Storage is shared with
 * every script of the origin, so its text is untrusted: text that is not
 * JSON, or holds a `__proto__`/`constructor`/`prototype` key anywhere, gives
 * `undefined` (unusable) rather than something half-read. Callers then check
 * the shape they expect.
 */
export function parseStoredJson(text: string): unknown {
  try {
    return JSON.parse(text, (key: string, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new Error('forbidden key');
      return value;
    }) as unknown;
  } catch {
    return undefined;
  }
}
