import { FORBIDDEN_KEYS } from '../../shared/values';
import { ShareDecodeError } from './errors';

/**
 * JSON.parse that refuses `__proto__`, `constructor` and `prototype` keys at
 * any depth (the reviver sees every key before any value is used), and
 * rejects text that is not valid UTF-8.
 */
export function parseUntrustedJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ShareDecodeError('bad-json', 'not UTF-8 text');
  }
  try {
    return JSON.parse(text, (key: string, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    }) as unknown;
  } catch (error) {
    if (error instanceof ForbiddenKey) throw new ShareDecodeError('forbidden-key', `key "${error.key}"`);
    throw new ShareDecodeError('bad-json', error instanceof Error ? error.message : undefined);
  }
}

class ForbiddenKey extends Error {
  readonly key: string;
  constructor(key: string) {
    super(key);
    this.key = key;
  }
}

export function assertAllowedKey(key: string): void {
  if (FORBIDDEN_KEYS.has(key)) throw new ShareDecodeError('forbidden-key', `key "${key}"`);
}
