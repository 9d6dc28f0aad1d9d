import { parseRecord, serializeRecord, type AutosaveRecord, type ParseRecordResult } from './record';
import { omitSecrets } from '../secrets/mask';
import { storageSlot, type KeyValueStorage } from './storage';

export const AUTOSAVE_KEY = 'polyaxon-values-builder:autosave';

export interface AutosaveStore {
  /** The saved work, if any (`ok: false` with `reason: 'empty'` when nothing is stored). */
  load(): ParseRecordResult | { ok: false; reason: 'empty' | 'unavailable' };
  /** Saves (without its secret values unless the store keeps them); false when storage refused it (disabled, full). */
  save(record: AutosaveRecord): boolean;
  clear(): void;
}

export interface AutosaveStoreOptions {
  /**
   * Whether secret values (core/secrets) may be stored; asked on every save.
   * Default: no. Without them the record lists their paths (`leftOut`).
   */
  keepSecrets?: () => boolean;
}

/** The record as stored: secret values left out (and listed) unless kept. */
export function storedRecord(record: AutosaveRecord, keepSecrets: boolean): AutosaveRecord {
  if (keepSecrets) return record;
  const { values, leftOut } = omitSecrets(record.values);
  const paths = [...(record.leftOut ?? []), ...leftOut.map((f) => [...f.path])];
  return { version: record.version, savedAt: record.savedAt, values, ...(paths.length > 0 ? { leftOut: paths } : {}) };
}

/** Autosave over any key/value storage, under one key. Never throws. */
export function createAutosaveStore(storage: KeyValueStorage, key: string = AUTOSAVE_KEY, options: AutosaveStoreOptions = {}): AutosaveStore {
  const slot = storageSlot(storage, key);
  return {
    load() {
      const text = slot.read();
      if (text === undefined) return { ok: false, reason: 'unavailable' };
      return text === null ? { ok: false, reason: 'empty' } : parseRecord(text);
    },
    save: (record) => slot.write(() => serializeRecord(storedRecord(record, options.keepSecrets?.() ?? false))),
    clear: () => slot.clear(),
  };
}
