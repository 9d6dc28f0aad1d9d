import { FileOpen } from '../../ui/light-icons';
import Box from '@mui/material/Box';
import { alpha } from '@mui/material/styles';
import { Button } from '../../ui/light-button';
import { Typography } from '../../ui/light-typography';
import { Suspense, useEffect, useRef, useState } from 'react';
import type { ImportStart } from './import-dialog';
import { readFileText } from './read-file';
import { lazyComponent } from '../../ui/lazy-load';

// The dialog, the import core and the YAML parser load when the dialog first opens.
const ImportDialog = lazyComponent(() => import('./import-dialog'), 'ImportDialog');

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/**
 * The "Import" button, its dialog, and file drops anywhere on the page
 * (which open the dialog with the dropped file). Mount inside <BuilderForm>.
 */
export function ImportButton() {
  const [open, setOpen] = useState<{ seq: number; start?: ImportStart } | undefined>(undefined);
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current += 1;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      void readFileText(file).then((read) => {
        const start: ImportStart = read.ok ? { fileName: read.name, text: read.text } : { fileName: read.name, fileError: read.message };
        setOpen((o) => ({ seq: (o?.seq ?? 0) + 1, start }));
      });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      <Button variant="outlined" size="small" startIcon={<FileOpen />} onClick={() => setOpen((o) => ({ seq: (o?.seq ?? 0) + 1 }))}>
        Import
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ImportDialog key={open.seq} start={open.start} onClose={() => setOpen(undefined)} />
        </Suspense>
      )}
      {dragging && (
        <Box
          aria-hidden
          sx={{
            position: 'fixed',
            inset: 0,
            zIndex: (t) => t.zIndex.modal + 1,
            bgcolor: (t) => alpha(t.palette.primary.main, 0.12),
            border: '3px dashed',
            borderColor: 'primary.main',
            display: 'grid',
            placeItems: 'center',
            pointerEvents: 'none',
          }}
        >
          <Typography variant="h6" sx={{ bgcolor: 'background.paper', px: 2, py: 1, borderRadius: 1 }}>
            Drop a values file to import it
          </Typography>
        </Box>
      )}
    </>
  );
}
