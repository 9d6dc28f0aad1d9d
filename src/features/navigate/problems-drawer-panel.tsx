import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import { fieldHolding, withoutKey } from '../../core/changes/remove-key';
import type { Problem, Severity } from '../../core/validation/validate';
import type { Values } from '../../shared/values';
import { problemLocation, useAllProblems, useChartVersion } from '../builder';
import { useJumpTo } from './use-jump';

const GROUPS: ReadonlyArray<{ severity: Severity; title: string; empty: string; color: string }> = [
  { severity: 'error', title: 'Errors', empty: 'No errors.', color: 'error.main' },
  { severity: 'warning', title: 'Warnings', empty: 'No warnings.', color: 'warning.dark' },
  { severity: 'note', title: 'Notes: still to do', empty: 'Nothing left to do.', color: 'text.secondary' },
];

/** One entry per place and message (a problem reported twice is listed once). */
function unique(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.severity}\u0000${problemLocation(p)}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The drawer's content (loaded on the first open, see problems-drawer.tsx).
 * Every problem and note, errors / warnings / notes apart, each with a way to
 * fix it: "Go to field" focuses the input (opening its section), "Remove key"
 * drops a key no field shows (an unknown or platform key from an import).
 */
export function ProblemsDrawerPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Drawer anchor="right" open={open} onClose={onClose} slotProps={{ paper: { 'aria-labelledby': 'problems-drawer-title', sx: { width: { xs: '100%', sm: 440 } } } }}>
      {open && <ProblemsList onClose={onClose} />}
    </Drawer>
  );
}

function ProblemsList({ onClose }: { onClose: () => void }) {
  const all = useAllProblems();
  const version = useChartVersion();
  const jump = useJumpTo();
  const { getValues, reset } = useFormContext<Values>();
  const problems = useMemo(() => unique(all), [all]);

  const goTo = (p: Problem) => {
    onClose();
    jump(problemLocation(p));
  };
  const remove = (p: Problem) => reset(withoutKey(getValues(), p.path));

  return (
    <Box sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography id="problems-drawer-title" component="h2" variant="h2" sx={{ flex: 1 }}>
          Problems and notes
        </Typography>
        <IconButton aria-label="Close problems" onClick={onClose}>
          <Close />
        </IconButton>
      </Box>
      {GROUPS.map((g) => {
        const list = problems.filter((p) => p.severity === g.severity);
        const headingId = `problems-${g.severity}`;
        return (
          <Box component="section" aria-labelledby={headingId} key={g.severity} sx={{ mb: 2 }}>
            <Typography id={headingId} component="h3" variant="h3" sx={{ color: g.color, mb: 0.5 }}>
              {g.title} ({list.length})
            </Typography>
            {list.length === 0 ? (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {g.empty}
              </Typography>
            ) : (
              <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
                {list.map((p) => {
                  const field = fieldHolding(p.path, version);
                  const at = problemLocation(p);
                  return (
                    <Box component="li" key={`${at}\u0000${p.rule}\u0000${p.message}`} sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}>
                      <Typography variant="body2">{p.message}</Typography>
                      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5 }}>
                        <Typography component="code" variant="caption" sx={{ fontFamily: 'monospace', color: 'text.secondary', flex: 1, overflowWrap: 'anywhere' }}>
                          {at}
                        </Typography>
                        {field ? (
                          <Button size="small" onClick={() => goTo(p)} aria-label={`Go to ${at}`}>
                            Go to field
                          </Button>
                        ) : (
                          <Button size="small" color="error" onClick={() => remove(p)} aria-label={`Remove key ${p.path}`}>
                            Remove key
                          </Button>
                        )}
                      </Box>
                    </Box>
                  );
                })}
              </Box>
            )}
          </Box>
        );
      })}
    </Box>
  );
}
