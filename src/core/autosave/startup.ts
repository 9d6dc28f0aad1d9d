import { deepEqual, type Values } from '../../shared/values';
import { computeValues } from '../values/output';
import type { AutosaveRecord } from './record';

/** The state a share link carries, once decoded. */
export interface LinkState {
  version: string;
  changed: Values;
}

export type StartupDecision =
  /** Nothing saved and no link: the chart defaults. */
  | { source: 'defaults' }
  /** Open the autosaved work. */
  | { source: 'autosave'; record: AutosaveRecord }
  /** Open the link; `previous` is autosaved work that differs from it, offered for restore. */
  | { source: 'link'; link: LinkState; previous?: AutosaveRecord };

/** Whether autosaved work holds the same values as the link (same release, same overlay). */
function sameWork(record: AutosaveRecord, link: LinkState): boolean {
  if (record.version !== link.version) return false;
  return deepEqual(computeValues(record.values, record.version).changed, link.changed);
}

/**
 * What the page opens with. A valid link wins over autosaved work; when the
 * saved work differs it is kept aside for a "Restore" offer. A broken or
 * absent link leaves the autosaved work as it is.
 */
export function decideStartup(saved: AutosaveRecord | undefined, link: LinkState | undefined): StartupDecision {
  if (link) {
    if (saved && !sameWork(saved, link) && !isEmptyWork(saved)) return { source: 'link', link, previous: saved };
    return { source: 'link', link };
  }
  if (saved) return { source: 'autosave', record: saved };
  return { source: 'defaults' };
}

/** Autosaved work that changes nothing from the defaults is not worth offering back. */
function isEmptyWork(record: AutosaveRecord): boolean {
  return Object.keys(computeValues(record.values, record.version).changed).length === 0;
}
