import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { VersionReport } from '../../core/versions/compare-versions';
import { ReportList } from '../../ui/report-list';

/** What switching releases means for the user's values, key by key. */
export function VersionReportView({ report }: { report: VersionReport }) {
  const kept = report.defaultChanges.filter((c) => c.userSet);
  const applied = report.defaultChanges.filter((c) => !c.userSet);
  const nothing = report.notRead.length === 0 && report.defaultChanges.length === 0;
  return (
    <Stack spacing={1}>
      {nothing && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Chart {report.from} and {report.to} have the same keys and defaults for your values.
        </Typography>
      )}
      <ReportList testId="version-not-read" severity="warning" title={`Your keys that chart ${report.to} does not read (kept in the values)`} items={report.notRead.map((k) => k.message)} />
      <ReportList testId="version-kept" severity="info" title={`Defaults that differ, where your value is kept (${kept.length})`} items={kept.map((c) => c.message)} />
      <ReportList testId="version-applied" severity="info" title={`Defaults that differ and now apply (${applied.length})`} items={applied.map((c) => c.message)} />
    </Stack>
  );
}
