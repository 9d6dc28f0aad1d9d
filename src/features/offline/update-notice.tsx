import { Alert } from '../../ui/deferred-mui';
import { Button } from '../../ui/light-button';
import { useEffect, useState } from 'react';
import { registerServiceWorker } from './service-worker-registration';

/**
 * Registers the offline service worker and, after a new deploy, says that a
 * new version is available with a Reload button (the work is autosaved, so
 * reloading loses nothing). Until then the app keeps running the version it loaded.
 */
export function UpdateNotice() {
  const [apply, setApply] = useState<(() => void) | undefined>(undefined);
  useEffect(() => registerServiceWorker((next) => setApply(() => next)), []);
  if (!apply) return null;
  return (
    <Alert
      severity="info"
      role="status"
      sx={{ position: 'fixed', insetInline: 16, bottom: 16, mx: 'auto', maxWidth: 520, zIndex: (t) => t.zIndex.snackbar, boxShadow: 3 }}
      action={
        <Button color="inherit" size="small" onClick={apply}>
          Reload
        </Button>
      }
    >
      A new version of the builder is available. Your edits are saved in this browser.
    </Alert>
  );
}
