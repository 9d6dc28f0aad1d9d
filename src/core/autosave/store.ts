import { parseRecord, serializeRecord, type AutosaveRecord, type ParseRecordResult } from './record';
import type { KeyValueStorage } from './storage';

export const AUTOSAVE_KEY = 'polyaxon-values-builder:autosave';

export interface AutosaveStore {
  /** The saved work, if any (`ok: false` with `reason: 'empty'` when nothing is stored). */
  load(): ParseRecordResult | { ok: false; reason: 'empty' | 'unavailable' };
  /** Saves; false when storage refused it (disabled, full). */
  save(record: AutosaveRecord): boolean;
  clear(): void;
}

/** Autosave over any key/value storage, under one key. Never throws. */
export function createAutosaveStore(storage: KeyValueStorage, key: string = AUTOSAVE_KEY): AutosaveStore {
  return {
    load() {
      let text: string | null;
      try {
        text = storage.getItem(key);
      } catch {
        return { ok: false, reason: 'unavailable' };
      }
      return text === null ? { ok: false, reason: 'empty' } : parseRecord(text);
    },
    save(record) {
      try {
        storage.setItem(key, serializeRecord(record));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to clear when storage is unavailable.
      }
    },
  };
}
