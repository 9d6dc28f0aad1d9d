import { memoryStorage, type KeyValueStorage } from '../../core/autosave/storage';

/**
 * window.localStorage when the page may use it; otherwise (disabled cookies,
 * sandboxed iframe) an in-memory stand-in, so the app never breaks on it.
 */
export function browserStorage(): KeyValueStorage {
  try {
    const storage = window.localStorage;
    storage.getItem('polyaxon-values-builder:probe');
    return storage;
  } catch {
    return memoryStorage();
  }
}
