import type { ReactNode } from 'react';
import type { Values } from '../../core/values/types';
import { BaselineProvider } from '../upgrade/baseline-context';
import { VersionReportsProvider } from '../version/version-report-store';
import { WorkLoaderProvider } from './work-loader';

/**
 * What imports and chart-release switches need from outside <BuilderForm>:
 * loading whole work (with Undo) and the version-switch report. Wrap the
 * form with it; `load` replaces the form (the session's `load`).
 */
export function WorkProviders({ load, children }: { load: (version: string, values: Values) => void; children: ReactNode }) {
  return (
    <WorkLoaderProvider load={load}>
      <VersionReportsProvider>
        <BaselineProvider>{children}</BaselineProvider>
      </VersionReportsProvider>
    </WorkLoaderProvider>
  );
}
