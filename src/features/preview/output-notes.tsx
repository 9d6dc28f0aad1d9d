import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { memo } from 'react';
import type { OutputNote } from '../../core/output/notes';

/** What the written file leaves out or adds for the chosen command (CLI file, token kept out), one line each. */
export const OutputNotes = memo(function OutputNotes({ notes }: { notes: readonly OutputNote[] }) {
  if (notes.length === 0) return null;
  const warning = notes.some((n) => n.severity === 'warning');
  return (
    <Alert
      severity={warning ? 'warning' : 'info'}
      variant="outlined"
      role="note"
      aria-label="About this file"
      sx={{ mt: 1, py: 0.25, px: 1.25, fontSize: '0.8rem', '& .MuiAlert-icon': { fontSize: 18, py: 0.75, mr: 1 }, '& .MuiAlert-message': { minWidth: 0 } }}
    >
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 0.5 }}>
        {notes.map((note) => (
          <Box component="li" key={note.id} data-note={note.id} sx={{ overflowWrap: 'anywhere' }}>
            {note.text}
            {note.paths.map((path, i) => (
              <span key={path}>
                {i === 0 ? ' ' : ', '}
                <Box component="code" sx={{ fontSize: '0.75rem', px: 0.5, borderRadius: 0.5, bgcolor: 'action.hover' }}>
                  {path}
                </Box>
              </span>
            ))}
          </Box>
        ))}
      </Box>
    </Alert>
  );
});
