import InfoOutlined from '@mui/icons-material/InfoOutlined';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import { useId, useState, type ReactNode } from 'react';

interface InfoButtonProps {
  /** The field's label: the button is named "About <label>". */
  label: string;
  /** id of the (visually hidden) description the button also points to. */
  describedBy?: string;
  children: ReactNode;
}

/** A keyboard-reachable info button that opens a popover with a field's documentation. */
export function InfoButton({ label, describedBy, children }: InfoButtonProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const popoverId = useId();
  const open = anchor !== null;
  return (
    <>
      <IconButton
        size="small"
        aria-label={`About ${label}`}
        aria-describedby={describedBy}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ color: 'text.secondary', p: 0.5 }}
      >
        <InfoOutlined fontSize="small" />
      </IconButton>
      <Popover
        id={popoverId}
        open={open}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: {
            role: 'dialog',
            'aria-label': `About ${label}`,
            sx: { p: 2, maxWidth: 420, fontSize: '0.85rem' },
          },
        }}
      >
        {children}
      </Popover>
    </>
  );
}
