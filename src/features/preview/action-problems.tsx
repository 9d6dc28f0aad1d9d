import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useCallback, useState } from 'react';
import { problemsOnActionText, problemsWhere, type ProblemsWhere } from '../../core/validation/problems-where';
import { focusProblem, useBuilder } from '../builder';

interface Notice {
  readonly action: string;
  readonly where: ProblemsWhere;
  readonly seq: number;
}

/**
 * What a download or copy says when problems remain: `report(action)` reads
 * the problems at click time (no subscription, so typing does not re-render
 * the panel) and `notice` shows how many remain and in which sections, each
 * a link to its first problem. Nothing is shown when there are none.
 */
export function useActionProblems(): { report: (action: string) => void; notice: React.ReactNode } {
  const { problems, pipeline } = useBuilder();
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const report = useCallback(
    (action: string) => {
      // A keystroke's problems are computed after its frame: bring them up to date first.
      pipeline.flush();
      const where = problemsWhere(problems.getAll());
      setNotice((n) => (where.total === 0 ? undefined : { action, where, seq: (n?.seq ?? 0) + 1 }));
    },
    [problems, pipeline],
  );
  return { report, notice: notice ? <ActionProblemsNotice key={notice.seq} notice={notice} onClose={() => setNotice(undefined)} /> : null };
}

function ActionProblemsNotice({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const { sections } = useBuilder();
  const { where } = notice;
  return (
    <Alert severity={where.errors > 0 ? 'error' : 'warning'} role="alert" data-testid="action-problems" onClose={onClose} sx={{ mt: 1, py: 0, fontSize: '0.8rem' }}>
      {problemsOnActionText(notice.action, where).replace(/:.*$/, ':')}{' '}
      {where.places.map((place, i) => (
        <Box component="span" key={place.title}>
          {i > 0 && ', '}
          <Link component="button" type="button" sx={{ fontSize: 'inherit', verticalAlign: 'baseline' }} onClick={() => focusProblem(place.firstPath, sections)}>
            {place.count} in {place.title}
          </Link>
        </Box>
      ))}
      .
    </Alert>
  );
}
