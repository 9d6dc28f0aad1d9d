import AutoFixHigh from '@mui/icons-material/AutoFixHigh';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { PresetsDialog } from './presets-dialog';

/** Opens the presets dialog. Mount inside <BuilderForm>. */
export function PresetsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<AutoFixHigh />} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Presets
      </Button>
      {open && <PresetsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
