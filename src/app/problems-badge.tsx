import { CheckCircle, ErrorIcon } from '../ui/light-icons';
import Box from '@mui/material/Box';
import { ButtonBase } from '../ui/light-button';
import { useState } from 'react';
import { useProblemSummary } from '../features/builder/builder-context';
import { ProblemsDrawer } from '../features/navigate';

/** "N problems" in the header (notes apart, as "N to do"): opens the problems drawer. */
export function ProblemsBadge() {
  // The counts only: a message changing elsewhere in the list does not re-render the header.
  const { total: n, errors: error, notes } = useProblemSummary();
  const [open, setOpen] = useState(false);
  const todo = notes > 0 ? ` · ${notes} to do` : '';
  return (
    <Box role="status" sx={{ display: 'inline-flex' }}>
      <ButtonBase
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        title="List every problem and note"
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.5,
          px: 1.25,
          py: 0.25,
          borderRadius: 10,
          fontSize: '0.85rem',
          fontWeight: 600,
          ...(n === 0
            ? { color: 'success.main', border: 1, borderColor: 'divider' }
            : {
                color: error > 0 ? 'error.contrastText' : 'warning.contrastText',
                bgcolor: error > 0 ? 'error.main' : 'warning.main',
                '&:hover': { bgcolor: error > 0 ? 'error.dark' : 'warning.dark' },
              }),
        }}
      >
        {n === 0 ? <CheckCircle sx={{ fontSize: 18 }} aria-hidden /> : <ErrorIcon sx={{ fontSize: 16 }} aria-hidden />}
        {n === 0 ? 'No problems' : `${n} ${n === 1 ? 'problem' : 'problems'}`}
        {todo}
      </ButtonBase>
      <ProblemsDrawer open={open} onClose={() => setOpen(false)} />
    </Box>
  );
}
