import { Suspense } from 'react';
import { lazyComponent } from './lazy-load';

// The snackbar loads with the first offer (an import, a reset, an undo): nothing to show before that.
const ActionSnackbarView = lazyComponent(() => import('./undo-snackbar-view'), 'ActionSnackbarView');

/** What a snackbar says; a new `seq` restarts its timer. */
export interface SnackbarOffer {
  readonly message: string;
  readonly seq: number;
}

export interface ActionSnackbarProps {
  offer: SnackbarOffer | undefined;
  actionLabel: string;
  onAction: () => void;
  onClose: () => void;
  autoHideMs?: number;
}

/**
 * A snackbar that says what happened and offers one action (Undo, Redo);
 * closes on the action, timeout or Escape (not on click-away).
 */
export function ActionSnackbar({ offer, actionLabel, onAction, onClose, autoHideMs = 10_000 }: ActionSnackbarProps) {
  if (offer === undefined) return null;
  return (
    <Suspense fallback={null}>
      <ActionSnackbarView offer={offer} actionLabel={actionLabel} onAction={onAction} onClose={onClose} autoHideMs={autoHideMs} />
    </Suspense>
  );
}
