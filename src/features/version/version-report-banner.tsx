import { Alert } from '../../ui/deferred-mui';
import Box from '@mui/material/Box';
import { Button } from '../../ui/light-button';
import { Suspense, useState } from 'react';
import { useWorkLoader } from '../import/work-loader';
import { useVersionReports } from './version-report-store';
import { lazyComponent } from '../../ui/lazy-load';

const VersionReportView = lazyComponent(() => import('./version-report-view'), 'VersionReportView');

/**
 * A dismissible summary under the header after the chart release changed:
 * how many of the user's keys the release does not read and how many
 * defaults differ, with the per-key details and "Switch back".
 */
export function VersionReportBanner() {
  const { current, dismiss } = useVersionReports();
  const loader = useWorkLoader();
  const [details, setDetails] = useState(false);
  if (!current) return null;
  const { report, before } = current;
  const notRead = report.notRead.length;
  const defaults = report.defaultChanges.length;
  const summary = [
    `Now targeting chart ${report.to} (was ${report.from}).`,
    notRead > 0 ? `${notRead} of your keys ${notRead === 1 ? 'is' : 'are'} not read by ${report.to}.` : `Chart ${report.to} reads all your keys.`,
    `${defaults} ${defaults === 1 ? 'default differs' : 'defaults differ'}.`,
  ].join(' ');
  return (
    <Box sx={{ px: { xs: 1.5, sm: 3 }, pb: 1 }} data-testid="version-report">
      <Alert
        severity={notRead > 0 ? 'warning' : 'info'}
        onClose={() => {
          setDetails(false);
          dismiss();
        }}
        sx={{ '& .MuiAlert-message': { width: '100%', minWidth: 0 } }}
      >
        <Box role="status">{summary}</Box>
        <Box sx={{ display: 'flex', gap: 1, mt: 0.5 }}>
          <Button size="small" onClick={() => setDetails((d) => !d)} aria-expanded={details}>
            {details ? 'Hide details' : 'Show details'}
          </Button>
          <Button
            size="small"
            onClick={() => {
              setDetails(false);
              dismiss();
              loader.announce(`Switch back to chart ${report.from}`);
              loader.load(before);
            }}
          >
            Switch back to {report.from}
          </Button>
        </Box>
        {details && (
          <Box sx={{ mt: 1 }}>
            <Suspense fallback={null}>
              <VersionReportView report={report} />
            </Suspense>
          </Box>
        )}
      </Alert>
    </Box>
  );
}
