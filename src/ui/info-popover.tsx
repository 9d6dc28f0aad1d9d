import Popover from '@mui/material/Popover';
import type { ReactNode } from 'react';

interface InfoPopoverProps {
  id: string;
  label: string;
  anchor: HTMLElement;
  onClose: () => void;
  children: ReactNode;
}

/** The dialog an info button opens; closing it returns focus to where it was (the button or the field's input). */
export function InfoPopover({ id, label, anchor, onClose, children }: InfoPopoverProps) {
  return (
    <Popover
      id={id}
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-label': `About ${label}`,
          sx: { p: 2, maxWidth: 'min(420px, calc(100vw - 32px))', fontSize: '0.85rem', overflowWrap: 'anywhere' },
        },
      }}
    >
      {children}
    </Popover>
  );
}
