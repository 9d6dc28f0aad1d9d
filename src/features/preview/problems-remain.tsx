import WarningAmber from '@mui/icons-material/WarningAmber';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { useProblemTotal } from '../builder';

/** "N problems remain" next to actions that still work with problems. */
const ProblemsRemain = memo(function ProblemsRemain({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Typography variant="caption" sx={{ color: 'warning.dark', display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <WarningAmber sx={{ fontSize: 16 }} aria-hidden />
      {count} {count === 1 ? 'problem remains' : 'problems remain'}
    </Typography>
  );
});

/** ProblemsRemain for the current problems: subscribes on its own, so the panels around it do not. */
export function LiveProblemsRemain() {
  return <ProblemsRemain count={useProblemTotal()} />;
}
