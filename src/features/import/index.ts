/** The public entry of the import feature: what other features may import from it (lint enforces this). */
export { ImportReportView } from './import-report-view';
export { useForgetWork } from './work-providers';
