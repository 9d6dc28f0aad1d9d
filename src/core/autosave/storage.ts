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
