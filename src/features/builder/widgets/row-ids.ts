import { useRef } from 'react';
import { deepEqual } from '../../../core/values/deep-equal';

/**
 * Stable ids for the rows of a list value, so that React keys (and the state of
 * each row: an open sub-form, a YAML editor's text) follow the row, not its index.
 *
 * The list's own edits say which ids the next items have (add, remove, update).
 * A change from outside (undo/redo, import, reset) is matched against the last
 * rows: an equal row keeps its id (its own index first); with the same length,
 * a changed row keeps the id of its position; any other row gets a new id.
 */
export function matchRowIds(prevItems: readonly unknown[], prevIds: readonly string[], nextItems: readonly unknown[], fresh: () => string): string[] {
  const used = new Set<number>();
  const ids: (string | undefined)[] = nextItems.map((item, i) => {
    if (i < prevItems.length && !used.has(i) && deepEqual(prevItems[i], item)) {
      used.add(i);
      return prevIds[i];
    }
    return undefined;
  });
  nextItems.forEach((item, i) => {
    if (ids[i] !== undefined) return;
    const j = prevItems.findIndex((prev, k) => !used.has(k) && deepEqual(prev, item));
    if (j >= 0) {
      used.add(j);
      ids[i] = prevIds[j];
    }
  });
  if (nextItems.length === prevItems.length) {
    nextItems.forEach((_, i) => {
      if (ids[i] === undefined && !used.has(i)) {
        used.add(i);
        ids[i] = prevIds[i];
      }
    });
  }
  return ids.map((id) => id ?? fresh());
}

function sameRows(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => deepEqual(item, b[i])));
}

export interface RowIds {
  /** One id per item, in order. */
  readonly ids: readonly string[];
  /** Records the ids of items the list is about to send (call before onChange). */
  expect: (items: readonly unknown[], ids: readonly string[]) => void;
  /** A new row's id. */
  fresh: () => string;
}

export function useRowIds(items: readonly unknown[]): RowIds {
  const counter = useRef(0);
  const state = useRef<{ items: readonly unknown[]; ids: readonly string[] } | null>(null);
  const fresh = () => `row-${(counter.current += 1)}`;
  const current = state.current;
  let ids: readonly string[];
  if (current === null) ids = items.map(fresh);
  else if (sameRows(current.items, items)) ids = current.ids;
  else ids = matchRowIds(current.items, current.ids, items, fresh);
  // Render-time bookkeeping: the same items always give the same ids, so a repeated render changes nothing.
  state.current = { items, ids };
  return {
    ids,
    expect: (next, nextIds) => {
      state.current = { items: next, ids: nextIds };
    },
    fresh,
  };
}
