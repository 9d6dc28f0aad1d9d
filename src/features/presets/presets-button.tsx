import { AutoFixHigh } from '../../ui/light-icons';
import { Button } from '../../ui/light-button';
import { Suspense, useState } from 'react';
import { lazyComponent } from '../../ui/lazy-load';

// The dialog (MUI Dialog, List, the preset catalog) loads when it is first opened.
const PresetsDialog = lazyComponent(() => import('./presets-dialog'), 'PresetsDialog');

/** Opens the presets dialog. Mount inside <BuilderForm>. */
export function PresetsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<AutoFixHigh />} aria-haspopup="dialog" onClick={() => setOpen(true)} onPointerEnter={() => void PresetsDialog.preload()}>
        Presets
      </Button>
      {open && (
        <Suspense fallback={null}>
          <PresetsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
