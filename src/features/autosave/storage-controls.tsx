import { DeleteForever } from '../../ui/light-icons';
import Box from '@mui/material/Box';
import { Button } from '../../ui/light-button';
import { Switch } from '../../ui/light-switch';
import { Typography } from '../../ui/light-typography';
import { Suspense, useId, useState } from 'react';
import { lazyComponent } from '../../ui/lazy-load';
import { useForgetWork } from '../import';
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
      <Box component="label" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, cursor: 'pointer' }}>
        <Switch checked={out} onChange={(e) => session.setSecretsInStorage(!e.target.checked)} htmlInput={{ 'aria-describedby': noticeId }} />
        <Typography component="span" variant="body2">
          Keep secrets out of storage
        </Typography>
      </Box>
      <Button size="small" color="error" variant="text" startIcon={<DeleteForever />} onClick={() => setConfirming(true)}>
        Forget everything
      </Button>
      {confirming && (
        <Suspense fallback={null}>
          <ForgetDialog
            titleId={`${noticeId}-title`}
            onCancel={() => setConfirming(false)}
            onForget={() => {
              setConfirming(false);
              forgetWork();
              session.forgetEverything();
            }}
          />
        </Suspense>
      )}
    </Box>
  );
}
