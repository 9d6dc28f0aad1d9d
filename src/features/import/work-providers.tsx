import type { ReactNode } from 'react';
import type { KeyValueStorage } from '../../core/autosave/storage';
import type { Values } from '../../shared/values';
import { HistoryProvider } from '../history/history-context';
import { BaselineProvider } from '../upgrade/baseline-context';
import { VersionReportsProvider } from '../version/version-report-store';
import { WorkLoaderProvider } from './work-loader';

/**
 * What imports and chart-release switches need from outside <BuilderForm>:
 * the undo history, loading whole work and the version-switch report. Wrap
 * the form with it; `load` replaces the form (the session's `load`);
 * `historyStorage` defaults to this tab's sessionStorage.
 */
export function WorkProviders({ load, historyStorage, children }: { load: (version: string, values: Values) => void; historyStorage?: KeyValueStorage; children: ReactNode }) {
  return (
    <HistoryProvider load={load} {...(historyStorage ? { storage: historyStorage } : {})}>
      <WorkLoaderProvider load={load}>
        <VersionReportsProvider>
          <BaselineProvider>{children}</BaselineProvider>
        </VersionReportsProvider>
      </WorkLoaderProvider>
    </HistoryProvider>
  );
}
