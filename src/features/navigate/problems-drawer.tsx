import { Suspense, useState } from 'react';
import { lazyComponent } from '../../ui/lazy-load';

// The drawer (MUI Drawer, Modal, transitions) is not needed to type: it loads on the first open.
const ProblemsDrawerPanel = lazyComponent(() => import('./problems-drawer-panel'), 'ProblemsDrawerPanel');

/**
 * Every problem and note, errors / warnings / notes apart, each with a way to
 * fix it (problems-drawer-panel.tsx). Mounted from the first open on, so that
 * closing it still slides it out.
 */
export function ProblemsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <ProblemsDrawerPanel open={open} onClose={onClose} />
    </Suspense>
  );
}
