import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

/** "Forget everything?": the confirmation StorageControls opens (loaded then). */
export function ForgetDialog({ titleId, onCancel, onForget }: { titleId: string; onCancel: () => void; onForget: () => void }) {
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>Forget everything?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          This removes everything the builder stored in this browser (your saved work, work a link replaced, the deployed values of your last import, this tab's undo history, your storage choice and
          your theme choice) and resets the form to the chart defaults. It cannot be undone.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button color="error" variant="contained" disableElevation onClick={onForget}>
          Forget everything
        </Button>
      </DialogActions>
    </Dialog>
  );
}
