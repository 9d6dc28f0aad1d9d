import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import type { SnackbarOffer } from './undo-snackbar';

/** The open snackbar (see ActionSnackbar); closes on its action, timeout or Escape (not on click-away). */
export function ActionSnackbarView({
  offer,
  actionLabel,
  onAction,
  onClose,
  autoHideMs,
}: {
  offer: SnackbarOffer;
  actionLabel: string;
  onAction: () => void;
  onClose: () => void;
  autoHideMs: number;
}) {
  return (
    <Snackbar
      key={offer.seq}
      open
      autoHideDuration={autoHideMs}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      message={offer.message}
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
