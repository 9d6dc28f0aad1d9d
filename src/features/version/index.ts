/** The public entry of the version feature: what other features may import from it (lint enforces this). */
export { useVersionReports, VersionReportsProvider } from './version-report-store';
export { VersionReportView } from './version-report-view';
