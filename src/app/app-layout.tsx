import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** Two columns: the scrolling form and a sticky output column; stacked on narrow screens. A section rail before them on wide screens. */
export function AppLayout({ form, side, rail }: { form: ReactNode; side: ReactNode; rail?: ReactNode }) {
  return (
    <Box
      component="main"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 1.15fr) minmax(0, 1fr)', ...(rail ? { lg: '200px minmax(0, 1.15fr) minmax(0, 1fr)' } : {}) },
        gap: { xs: 2, md: 3 },
        px: { xs: 1.5, sm: 3 },
        py: 2.5,
        maxWidth: rail ? { xs: 1680, lg: 1880 } : 1680,
        mx: 'auto',
        alignItems: 'start',
      }}
    >
      {rail && <Box sx={{ display: { xs: 'none', lg: 'block' }, alignSelf: 'stretch' }}>{rail}</Box>}
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
