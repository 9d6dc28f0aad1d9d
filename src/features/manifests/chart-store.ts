/**
 * The chart archives the user gave the Manifests view, kept in the browser
 * (IndexedDB), one per chart release. The app never bundles a chart.
 */
export interface StoredChart {
  readonly version: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Lowercase hex SHA-256 of the archive, as `sha256sum agent-<version>.tgz` prints it. */
  readonly sha256: string;
  readonly savedAt: string;
  /** Where it came from: a file the user chose, or the chart repository. */
  readonly origin: 'file' | 'repository';
}

const DB = 'polyaxon-values-builder-charts';
const STORE = 'charts';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'version' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
  });
}

async function tx<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = run(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    db.close();
  }
}

export async function loadChart(version: string): Promise<StoredChart | undefined> {
  try {
    return (await tx<StoredChart | undefined>('readonly', (s) => s.get(version) as IDBRequest<StoredChart | undefined>)) ?? undefined;
  } catch {
    return undefined; // private mode or blocked storage: the user can still pick the file each time
  }
}

export async function saveChart(chart: StoredChart): Promise<boolean> {
  try {
    await tx('readwrite', (s) => s.put(chart));
    return true;
  } catch {
    return false;
  }
}

export async function forgetChart(version: string): Promise<void> {
  try {
    await tx('readwrite', (s) => s.delete(version));
  } catch {
    // nothing stored
  }
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
