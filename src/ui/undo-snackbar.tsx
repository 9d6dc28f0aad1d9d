import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';

/** What a snackbar says; a new `seq` restarts its timer. */
export interface SnackbarOffer {
  readonly message: string;
  readonly seq: number;
}

/**
 * A snackbar that says what happened and offers one action (Undo, Redo);
 * closes on the action, timeout or Escape (not on click-away).
 */
export function ActionSnackbar({
  offer,
  actionLabel,
  onAction,
  onClose,
  autoHideMs = 10_000,
}: {
  offer: SnackbarOffer | undefined;
  actionLabel: string;
  onAction: () => void;
  onClose: () => void;
  autoHideMs?: number;
}) {
  return (
    <Snackbar
      key={offer?.seq}
      open={offer !== undefined}
      autoHideDuration={autoHideMs}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      message={offer?.message}
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => {
            onAction();
            onClose();
          }}
        >
          {actionLabel}
        </Button>
      }
    />
  );
}
