import Alert, { type AlertColor } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { InlineCode } from './inline-code';

/** One titled group of report lines (nothing when empty). */
export function ReportList({ title, severity, items, testId }: { title: string; severity: AlertColor; items: readonly string[]; testId?: string }) {
  if (items.length === 0) return null;
  return (
    <Alert severity={severity} variant="outlined" sx={{ '& .MuiAlert-message': { width: '100%', minWidth: 0 } }} data-testid={testId}>
      <AlertTitle sx={{ fontSize: '0.9rem' }}>{title}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5, maxHeight: 220, overflowY: 'auto', '& li': { mb: 0.5, overflowWrap: 'anywhere' } }}>
        {items.map((item, i) => (
          <li key={i}>
            <InlineCode text={item} />
          </li>
        ))}
      </Box>
    </Alert>
  );
}
