import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** Two columns: the scrolling form and a sticky output column; stacked on narrow screens. */
export function AppLayout({ form, side }: { form: ReactNode; side: ReactNode }) {
  return (
    <Box
      component="main"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 1.15fr) minmax(0, 1fr)' },
        gap: { xs: 2, md: 3 },
        px: { xs: 1.5, sm: 3 },
        py: 2.5,
        maxWidth: 1680,
        mx: 'auto',
        alignItems: 'start',
      }}
    >
      <Box sx={{ minWidth: 0 }}>{form}</Box>
      <Box
        component="aside"
        aria-label="Output"
        sx={{
          minWidth: 0,
          position: { md: 'sticky' },
          top: { md: 80 },
          maxHeight: { md: 'calc(100vh - 96px)' },
          overflowY: { md: 'auto' },
          bgcolor: 'background.paper',
          border: 1,
          borderColor: 'divider',
          borderRadius: 2,
          p: 2,
        }}
      >
        {side}
      </Box>
    </Box>
  );
}
