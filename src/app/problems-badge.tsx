import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useBuilder, useProblemSummary } from '../features/builder/builder-context';
import { focusProblem } from '../features/builder/focus-problem';
import { fieldIds, problemLocation } from '../features/builder/widgets/widget-props';

/** "N problems" in the header: a link to the first problem's input. */
export function ProblemsBadge() {
  // The counts and the first problem only: a message changing elsewhere in the list does not re-render the header.
  const { total: n, errors: error, first } = useProblemSummary();
  const { sections } = useBuilder();
  if (!first) {
    return (
      <Box role="status" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'success.main', fontSize: '0.85rem', fontWeight: 600 }}>
        <CheckCircle sx={{ fontSize: 18 }} aria-hidden />
        No problems
      </Box>
    );
  }
  return (
    <Box role="status" sx={{ display: 'inline-flex' }}>
      <Link
        href={`#${fieldIds(first.path).input}`}
        onClick={(e) => {
          e.preventDefault();
          // With a subPath, the row input it points at (`tolerations.1.operator`), not just the field.
          focusProblem(problemLocation(first), sections);
        }}
        title={`First: ${first.message}`}
        underline="none"
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.5,
          px: 1.25,
          py: 0.25,
          borderRadius: 10,
          fontSize: '0.85rem',
          fontWeight: 600,
          color: error > 0 ? 'error.contrastText' : 'warning.contrastText',
          bgcolor: error > 0 ? 'error.main' : 'warning.main',
          '&:hover': { bgcolor: error > 0 ? 'error.dark' : 'warning.dark' },
        }}
      >
        <ErrorIcon sx={{ fontSize: 16 }} aria-hidden />
        {n} {n === 1 ? 'problem' : 'problems'}
      </Link>
    </Box>
  );
}
