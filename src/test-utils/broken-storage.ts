import type { KeyValueStorage } from '../core/autosave/storage';

/** A storage whose every call throws, as a disabled (SecurityError) or full (QuotaExceededError) one does. */
export function brokenStorage(): KeyValueStorage {
  return {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
    removeItem: () => {
      throw new Error('SecurityError');
    },
  };
}
