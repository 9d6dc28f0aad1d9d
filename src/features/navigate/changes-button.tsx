import { Button } from '../../ui/light-button';
import { Suspense, useState } from 'react';
import { lazyComponent } from '../../ui/lazy-load';
import { useChangedFields } from './use-changed-fields';

// The dialog (MUI Dialog, Modal, the changes list) is not needed to type: it loads when opened.
const ChangesDialog = lazyComponent(() => import('./changes-dialog'), 'ChangesDialog');

/** "N changes" in the header: opens the list of every key that differs from the chart defaults. */
export function ChangesButton() {
  const { fields, unknown } = useChangedFields();
  const [open, setOpen] = useState(false);
  const n = fields.size + unknown;
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {n === 0 ? 'No changes' : `${n} ${n === 1 ? 'change' : 'changes'}`}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ChangesDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
