import type { Values } from '../../shared/values';

/**
 * The values of the last applied import, so the Manifests view can diff the
 * current render against what was imported. Kept in memory for the session.
 */
export interface ImportBaseline {
  readonly version: string;
  readonly values: Values;
  readonly label: string;
}

let current: ImportBaseline | undefined;
const listeners = new Set<() => void>();

export function recordImportBaseline(baseline: ImportBaseline): void {
  current = { ...baseline, values: structuredClone(baseline.values) };
  for (const l of listeners) l();
}

export function getImportBaseline(): ImportBaseline | undefined {
  return current;
}

export function subscribeImportBaseline(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
