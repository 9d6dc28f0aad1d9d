import { isChartVersion } from '../../schema/chart-versions';
import { textStore, type KeyValueStorage, type TextStore } from '../autosave/storage';
import { classifySecrets } from '../secrets/classify';
import { omitSecrets } from '../secrets/mask';
import { parseStoredJson } from '../values/stored-json';
import { isPlainMap, type Values } from '../values/types';
import { setAt, type Change } from './changes';
import type { HistoryEntry, HistoryState, Work } from './history';

/** The session's history lives under its own key, apart from the autosaved work. */
export const HISTORY_KEY = 'polyaxon-values-builder:history';
export const HISTORY_FORMAT = 1;
/** Past this size (characters) the oldest steps are dropped before saving. */
export const HISTORY_MAX_CHARS = 1_000_000;

/** What is kept between page loads of one tab: the steps, and the work they lead to. */
export interface SavedHistory {
  readonly state: HistoryState;
  /** The work after the last done step (secrets left out). */
  readonly head: Work;
}

/** The field's value as a tree of its own (so the classifier sees its context, e.g. a connection's kind). */
function treeOf(path: readonly string[], value: unknown): Values {
  const tree: Values = {};
  setAt(tree, path, value);
  return tree;
}

/** Whether a change touches a secret value (schema-marked keys, connection credentials, secret-looking content). */
function holdsSecret(change: Change): boolean {
  return classifySecrets(treeOf(change.path, change.before)).length > 0 || classifySecrets(treeOf(change.path, change.after)).length > 0;
}

function stripEntry(entry: HistoryEntry): HistoryEntry | undefined {
  const changes = entry.changes.filter((c) => !holdsSecret(c));
  if (changes.length === 0 && entry.version === undefined) return undefined;
  return changes.length === entry.changes.length ? entry : { ...entry, changes };
}

/**
 * The history as stored: nothing that holds a secret value (as the secret
 * classifier finds them) is written. A change of a field holding a secret is
 * left out of its step (a step left empty is dropped), so after a reload
 * undo leaves those fields as they are. The oldest steps (then the furthest
 * redo steps) are dropped until the text fits `maxChars`.
 */
export function serializeHistory(saved: SavedHistory, maxChars = HISTORY_MAX_CHARS): string {
  const strip = (list: readonly HistoryEntry[]) => list.map((e) => stripEntry(e)).filter((e): e is HistoryEntry => e !== undefined);
  let past = strip(saved.state.past);
  let future = strip(saved.state.future);
  const head = { version: saved.head.version, values: omitSecrets(saved.head.values).values };
  const text = () => JSON.stringify({ format: HISTORY_FORMAT, head, past, future, sealed: saved.state.sealed, nextId: saved.state.nextId });
  let out = text();
  while (out.length > maxChars && past.length + future.length > 0) {
    if (past.length > 0) past = past.slice(1);
    else future = future.slice(0, -1);
    out = text();
  }
  return out;
}

function isChange(value: unknown): value is Change {
  return isPlainMap(value) && Array.isArray(value.path) && value.path.every((k) => typeof k === 'string');
}

function toEntry(value: unknown): HistoryEntry | undefined {
  if (!isPlainMap(value)) return undefined;
  const { id, label, group, at, changes, version } = value;
  if (typeof id !== 'number' || typeof label !== 'string' || typeof at !== 'number' || !Array.isArray(changes) || !changes.every(isChange)) return undefined;
  if (group !== undefined && typeof group !== 'string') return undefined;
  let versions: HistoryEntry['version'];
  if (version !== undefined) {
    if (!isPlainMap(version) || typeof version.before !== 'string' || typeof version.after !== 'string') return undefined;
    if (!isChartVersion(version.before) || !isChartVersion(version.after)) return undefined;
    versions = { before: version.before, after: version.after };
  }
  const norm = (changes as Change[]).map((c) => ({ path: c.path, before: c.before, after: c.after }));
  return { id, label, ...(group !== undefined ? { group } : {}), at, changes: norm, ...(versions ? { version: versions } : {}) };
}

function toEntries(value: unknown): HistoryEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = value.map(toEntry);
  return out.every((e): e is HistoryEntry => e !== undefined) ? out : undefined;
}

/**
 * Reads stored history. Storage is shared with every script of the origin,
 * so it is parsed as untrusted: forbidden keys or any wrong shape make it
 * unusable (undefined) rather than half-read.
 */
export function parseHistory(text: string): SavedHistory | undefined {
  const data = parseStoredJson(text);
  if (!isPlainMap(data) || data.format !== HISTORY_FORMAT) return undefined;
  const { head, sealed, nextId } = data;
  if (!isPlainMap(head) || typeof head.version !== 'string' || !isChartVersion(head.version) || !isPlainMap(head.values)) return undefined;
  const past = toEntries(data.past);
  const future = toEntries(data.future);
  if (!past || !future || typeof sealed !== 'boolean' || typeof nextId !== 'number') return undefined;
  return { head: { version: head.version, values: head.values as Values }, state: { past, future, sealed, nextId } };
}

/** History over a key/value storage (sessionStorage in the app). Never throws. */
export type HistoryStore = TextStore<SavedHistory>;

export function createHistoryStore(storage: KeyValueStorage, key: string = HISTORY_KEY): HistoryStore {
  return textStore(storage, key, parseHistory, (saved) => serializeHistory(saved));
}
