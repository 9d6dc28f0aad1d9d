import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';
import { WithOutputStore } from '../output';

// The view, its worker and the WebAssembly renderer load only when the user opens it.
const ManifestsView = lazy(() => import('./manifests-view'));

/** The side-panel entry to the Manifests view. */
export function ManifestsLauncher() {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="manifests-heading">
      <Typography variant="h6" component="h2" id="manifests-heading">
        Rendered manifests
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        See the Kubernetes objects these values deploy, rendered in your browser by Helm&apos;s own engine from the chart archive you provide.
      </Typography>
      <Button variant="outlined" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={open ? 'manifests-region' : undefined}>
        {open ? 'Hide manifests' : 'Show manifests'}
      </Button>
      {/* The region exists as soon as it is open (aria-controls names it), its view loading inside. */}
      {open && (
        <div id="manifests-region">
          <Suspense fallback={<CircularProgress size={20} sx={{ ml: 1 }} aria-label="Loading the Manifests view" />}>
            <WithOutputStore>
              <ManifestsView />
            </WithOutputStore>
          </Suspense>
        </div>
      )}
    </section>
  );
}
