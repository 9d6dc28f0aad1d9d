import Stack from '@mui/material/Stack';
import type { ImportReport } from '../../core/import/import-values';
import { ReportList } from '../../ui/report-list';

/** The import report: migrations, keys the release does not read, warnings and notes. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const changes = report.migrations.filter((m) => m.kind !== 'note').length;
  return (
    <Stack spacing={1}>
      <ReportList testId="import-migrations" severity="info" title={`${changes} ${changes === 1 ? 'change' : 'changes'} to what the chart reads`} items={report.migrations.map((m) => m.message)} />
      <ReportList testId="import-unread" severity="warning" title={`Not read by chart ${report.version} (kept in the values)`} items={report.unreadKeys.map((k) => k.message)} />
      <ReportList testId="import-warnings" severity="warning" title="Check these values" items={report.warnings.map((w) => w.message)} />
      <ReportList testId="import-notes" severity="info" title="Notes" items={report.notes.map((n) => n.message)} />
    </Stack>
  );
}
