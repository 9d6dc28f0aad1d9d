import { isPlainMap } from '../../shared/values';
import type { KeyValueStorage } from './storage';

/** Every key the builder writes to the browser's storage starts with this. */
export const STORAGE_PREFIX = 'polyaxon-values-builder:';
export const SETTINGS_KEY = `${STORAGE_PREFIX}settings`;

/** What the user chose about storage. */
export interface StorageSettings {
  /** Store secret values with the autosaved work (default: no, they are kept out). */
  secretsInStorage: boolean;
}

export const DEFAULT_SETTINGS: StorageSettings = { secretsInStorage: false };

/** The stored settings; the defaults when absent, unreadable or malformed. Never throws. */
export function loadSettings(storage: KeyValueStorage): StorageSettings {
  try {
    const text = storage.getItem(SETTINGS_KEY);
    if (text === null) return DEFAULT_SETTINGS;
    const data = JSON.parse(text) as unknown;
    return isPlainMap(data) && typeof data.secretsInStorage === 'boolean' ? { secretsInStorage: data.secretsInStorage } : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(storage: KeyValueStorage, settings: StorageSettings): void {
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify({ secretsInStorage: settings.secretsInStorage }));
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
}

/** A storage that can list its keys (localStorage can). */
interface ListableStorage extends KeyValueStorage {
  readonly length?: number;
  key?(index: number): string | null;
}

/**
 * "Forget everything": removes every key the builder wrote (autosaved work,
 * work a link replaced, settings, anything else under STORAGE_PREFIX) and
 * the `known` keys. Returns how many keys were removed. Never throws.
 */
export function forgetEverything(storage: ListableStorage, known: readonly string[] = []): number {
  const keys = new Set(known);
  try {
    const n = storage.length ?? 0;
    for (let i = 0; i < n; i += 1) {
      const key = storage.key?.(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.add(key);
    }
  } catch {
    // Not listable: remove the known keys only.
  }
  let removed = 0;
  for (const key of keys) {
    try {
      if (storage.getItem(key) !== null) removed += 1;
      storage.removeItem(key);
    } catch {
      // Nothing to remove when storage is unavailable.
    }
  }
  return removed;
}
