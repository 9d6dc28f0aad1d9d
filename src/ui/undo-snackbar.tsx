import { Suspense } from 'react';
import { lazyComponent } from './lazy-load';

// The snackbar loads with the first offer (an import, a reset): nothing to show before that.
const UndoSnackbarView = lazyComponent(() => import('./undo-snackbar-view'), 'UndoSnackbarView');

/** An offer to undo the last action: what happened, and the state to put back. */
export interface UndoOffer<T> {
  readonly message: string;
  readonly before: T;
  /** Bumped on every new offer so the snackbar restarts its timer. */
  readonly seq: number;
}

/** The next offer after `previous` (keeps `seq` increasing). */
export function nextUndoOffer<T>(previous: UndoOffer<T> | undefined, message: string, before: T): UndoOffer<T> {
  return { message, before, seq: (previous?.seq ?? 0) + 1 };
}

/** A snackbar that says what happened and offers Undo; closes on Undo, timeout or Escape (not on click-away). */
export function UndoSnackbar<T>({
  offer,
  onUndo,
  onClose,
  autoHideMs = 10_000,
}: {
  offer: UndoOffer<T> | undefined;
  onUndo: (before: T) => void;
  onClose: () => void;
  autoHideMs?: number;
}) {
  if (offer === undefined) return null;
  return (
    <Suspense fallback={null}>
      <UndoSnackbarView offer={offer} onUndo={onUndo as (before: unknown) => void} onClose={onClose} autoHideMs={autoHideMs} />
    </Suspense>
  );
}
