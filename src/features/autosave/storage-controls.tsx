import DeleteForever from '@mui/icons-material/DeleteForever';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { BuilderSession } from './builder-session';

/**
 * Where the work is kept: says that it is stored in this browser (and
 * whether secrets are), a switch to keep secrets out of storage (on by
 * default), and "Forget everything" (with a confirmation).
 */
export function StorageControls({ session }: { session: BuilderSession }) {
  const [confirming, setConfirming] = useState(false);
  const noticeId = useId();
  const out = !session.secretsInStorage;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }} data-testid="storage-controls">
      <Typography id={noticeId} variant="caption" sx={{ color: out ? 'text.secondary' : 'warning.dark' }}>
        {out
          ? 'Your work is saved in this browser (localStorage), without its secrets: after a reload, fill them in again.'
          : 'Your work, secrets included, is saved in this browser (localStorage): anyone using this browser profile can read them.'}
      </Typography>
      <FormControlLabel
        control={<Switch size="small" checked={out} onChange={(e) => session.setSecretsInStorage(!e.target.checked)} slotProps={{ input: { 'aria-describedby': noticeId } }} />}
        label={<Typography variant="body2">Keep secrets out of storage</Typography>}
        sx={{ mr: 0 }}
      />
      <Button size="small" color="error" variant="text" startIcon={<DeleteForever />} onClick={() => setConfirming(true)}>
        Forget everything
      </Button>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby={`${noticeId}-title`}>
        <DialogTitle id={`${noticeId}-title`}>Forget everything?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            This removes everything the builder stored in this browser (your saved work, work a link replaced, and your storage choice) and
            resets the form to the chart defaults. It cannot be undone.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>Cancel</Button>
          <Button
            color="error"
            variant="contained"
            disableElevation
            onClick={() => {
              setConfirming(false);
              session.forgetEverything();
            }}
          >
            Forget everything
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
