import DeleteForever from '@mui/icons-material/DeleteForever';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { Suspense, useId, useState } from 'react';
import { lazyComponent } from '../../ui/lazy-load';
import { useForgetWork } from '../import/work-providers';
import type { BuilderSession } from './builder-session';

// The confirmation (MUI Dialog, Modal) loads when asked for: it is not needed to type.
const ForgetDialog = lazyComponent(() => import('./forget-dialog'), 'ForgetDialog');

/**
 * Where the work is kept: says that it is stored in this browser (and
 * whether secrets are), a switch to keep secrets out of storage (on by
 * default), and "Forget everything" (with a confirmation): the stored work,
 * the undo history and the deployed baseline.
 */
export function StorageControls({ session }: { session: BuilderSession }) {
  const [confirming, setConfirming] = useState(false);
  const forgetWork = useForgetWork();
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
      {confirming && (
        <Suspense fallback={null}>
          <ForgetDialog titleId={`${noticeId}-title`} onCancel={() => setConfirming(false)} onForget={() => {
            setConfirming(false);
            forgetWork();
            session.forgetEverything();
          }} />
        </Suspense>
      )}
    </Box>
  );
}
