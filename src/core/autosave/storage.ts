/**
 * The part of the Web Storage API autosave needs. The app passes
 * `window.localStorage`; tests pass memoryStorage(). Any method may throw
 * (storage disabled, quota exceeded); the store handles it.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An in-memory KeyValueStorage (tests, and the fallback when storage is unavailable). */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { readonly data: Map<string, string>; readonly length: number; key(index: number): string | null } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** One key of a storage, with every call guarded: storage may be disabled, full or throw on any call. */
export interface StorageSlot {
  /** The stored text; null when nothing is stored; undefined when storage could not be read. */
  read(): string | null | undefined;
  /** False when storage refused the write (or `text` could not be made: it is called inside the guard). */
  write(text: () => string): boolean;
  clear(): void;
}

/** A value kept as text under one key: read back with `parse` (undefined: nothing usable), written with `serialize`. Never throws. */
export interface TextStore<T> {
  load(): T | undefined;
  save(value: T): boolean;
  clear(): void;
}

export function textStore<T>(storage: KeyValueStorage, key: string, parse: (text: string) => T | undefined, serialize: (value: T) => string): TextStore<T> {
  const slot = storageSlot(storage, key);
  return {
    load() {
      const text = slot.read();
      return typeof text === 'string' ? parse(text) : undefined;
    },
    save: (value) => slot.write(() => serialize(value)),
    clear: () => slot.clear(),
  };
}

export function storageSlot(storage: KeyValueStorage, key: string): StorageSlot {
  return {
    read() {
      try {
        return storage.getItem(key);
      } catch {
        return undefined;
      }
    },
    write(text) {
      try {
        storage.setItem(key, text());
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
