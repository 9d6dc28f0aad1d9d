import { deepEqual, type Values } from '../../shared/values';
import { applyChanges, diffValues, type Change } from './changes';

/** The whole work: a chart release and the form values for it. */
export interface Work {
  readonly version: string;
  readonly values: Values;
}

/** One step of the history: what it was called and what it changed. */
export interface HistoryEntry {
  readonly id: number;
  /** What the user did, in their words: `Edit “Namespace”`, `Import 4 changed keys from values.yaml`. */
  readonly label: string;
  /**
   * Edits to the same input (the leaf path typed into) share a group and
   * merge into one step while they follow each other closely; actions
   * (imports, presets, resets, rows added or removed) have none.
   */
  readonly group?: string;
  /** When the step was last extended (ms). */
  readonly at: number;
  readonly changes: readonly Change[];
  /** The chart release before and after, when the step switched it. */
  readonly version?: { readonly before: string; readonly after: string };
}

export interface HistoryState {
  /** Done steps, oldest first. */
  readonly past: readonly HistoryEntry[];
  /** Undone steps, next to redo first. */
  readonly future: readonly HistoryEntry[];
  /** When true the last step takes no more edits (the input lost focus, or an undo/redo happened). */
  readonly sealed: boolean;
  readonly nextId: number;
}

export interface HistoryOptions {
  /** How many steps are kept (the oldest are dropped). */
  readonly limit: number;
  /** Edits to the same input this close together (ms) merge into one step. */
  readonly coalesceMs: number;
}

export const DEFAULT_HISTORY_OPTIONS: HistoryOptions = { limit: 100, coalesceMs: 2000 };

export const EMPTY_HISTORY: HistoryState = { past: [], future: [], sealed: false, nextId: 1 };

/** What to record: the changes of one step (see `changesBetween`) and how to call it. */
export interface RecordInput {
  readonly changes: readonly Change[];
  readonly version?: { readonly before: string; readonly after: string };
  readonly label: string;
  /** Set for an edit to one input; consecutive edits with the same group merge. */
  readonly group?: string;
  readonly now: number;
}

function merge(older: readonly Change[], newer: readonly Change[]): Change[] | undefined {
  // Coalesced edits touch the same fields: keep the first `before` and the last `after`.
  if (older.length !== newer.length) return undefined;
  const out: Change[] = [];
  for (const [i, change] of newer.entries()) {
    const first = older[i] as Change;
    if (first.path.join('\u0000') !== change.path.join('\u0000')) return undefined;
    if (!deepEqual(first.before, change.after)) out.push({ path: change.path, before: first.before, after: change.after });
  }
  return out;
}

/**
 * Adds a step for the changes (nothing when there are none). Clears what could be redone. An edit with the same group as the
 * unsealed last step, within `coalesceMs` of it, extends that step instead;
 * an edit that brings the input back to where the step started removes it.
 */
export function record(state: HistoryState, input: RecordInput, options: HistoryOptions = DEFAULT_HISTORY_OPTIONS): HistoryState {
  const { changes } = input;
  const versionChanged = input.version !== undefined && input.version.before !== input.version.after;
  if (changes.length === 0 && !versionChanged) return state;
  const top = state.past[state.past.length - 1];
  if (
    top !== undefined &&
    input.group !== undefined &&
    top.group === input.group &&
    !state.sealed &&
    state.future.length === 0 &&
    !versionChanged &&
    top.version === undefined &&
    input.now - top.at <= options.coalesceMs
  ) {
    const merged = merge(top.changes, changes);
    if (merged) {
      const past = state.past.slice(0, -1);
      return { ...state, past: merged.length === 0 ? past : [...past, { ...top, changes: merged, at: input.now }] };
    }
  }
  const entry: HistoryEntry = {
    id: state.nextId,
    label: input.label,
    ...(input.group !== undefined ? { group: input.group } : {}),
    at: input.now,
    changes,
    ...(versionChanged && input.version ? { version: { before: input.version.before, after: input.version.after } } : {}),
  };
  const past = [...state.past, entry];
  return { past: past.length > options.limit ? past.slice(past.length - options.limit) : past, future: [], sealed: false, nextId: state.nextId + 1 };
}

/** The changes from one work to another, for `record`. */
export function changesBetween(before: Work, after: Work): Pick<RecordInput, 'changes' | 'version'> {
  const changes = diffValues(before.values, after.values);
  return before.version === after.version ? { changes } : { changes, version: { before: before.version, after: after.version } };
}

/** Stops the last step from taking more edits (the next edit starts a new step). */
export function seal(state: HistoryState): HistoryState {
  return state.sealed ? state : { ...state, sealed: true };
}

function apply(work: Work, entry: HistoryEntry, side: 'before' | 'after'): Work {
  return { version: entry.version ? entry.version[side] : work.version, values: applyChanges(work.values, entry.changes, side) };
}

export interface Step {
  readonly state: HistoryState;
  /** The work to show now. */
  readonly work: Work;
  /** The step that was undone or redone. */
  readonly entry: HistoryEntry;
}

/** Undoes the last step on top of `current`; undefined when there is nothing to undo. */
export function undo(state: HistoryState, current: Work): Step | undefined {
  const entry = state.past[state.past.length - 1];
  if (!entry) return undefined;
  return { state: { ...state, past: state.past.slice(0, -1), future: [entry, ...state.future], sealed: true }, work: apply(current, entry, 'before'), entry };
}

/** Redoes the last undone step on top of `current`; undefined when there is nothing to redo. */
export function redo(state: HistoryState, current: Work): Step | undefined {
  const entry = state.future[0];
  if (!entry) return undefined;
  return { state: { ...state, past: [...state.past, entry], future: state.future.slice(1), sealed: true }, work: apply(current, entry, 'after'), entry };
}
