import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import type { UndoOffer } from './undo-snackbar';

/** The open undo snackbar (see UndoSnackbar); closes on Undo, timeout or Escape (not on click-away). */
export function UndoSnackbarView<T>({ offer, onUndo, onClose, autoHideMs }: { offer: UndoOffer<T>; onUndo: (before: T) => void; onClose: () => void; autoHideMs: number }) {
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
            onUndo(offer.before);
            onClose();
          }}
        >
          Undo
        </Button>
      }
    />
  );
}
