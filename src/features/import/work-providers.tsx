import { useCallback, type ReactNode } from 'react';
import type { KeyValueStorage } from '../../core/autosave/storage';
import type { Values } from '../../core/values/types';
import { HistoryProvider, useHistoryContext } from '../history/history-context';
import { BaselineProvider, useBaseline } from '../upgrade/baseline-context';
import { VersionReportsProvider } from '../version/version-report-store';
import { WorkLoaderProvider } from './work-loader';

/**
 * What imports and chart-release switches need from outside <BuilderForm>:
 * the undo history, loading whole work, the version-switch report and the
 * deployed baseline. Wrap the form with it; `load` replaces the form (the
 * session's `load`); `historyStorage` defaults to this tab's sessionStorage;
 * the baseline is kept in `baselineStorage` when given (else for this page only).
 */
export function WorkProviders({
  load,
  historyStorage,
  baselineStorage,
  children,
}: {
  load: (version: string, values: Values) => void;
  historyStorage?: KeyValueStorage;
  baselineStorage?: KeyValueStorage;
  children: ReactNode;
}) {
  return (
    <HistoryProvider load={load} {...(historyStorage ? { storage: historyStorage } : {})}>
      <WorkLoaderProvider load={load}>
        <VersionReportsProvider>
          <BaselineProvider {...(baselineStorage ? { storage: baselineStorage } : {})}>{children}</BaselineProvider>
        </VersionReportsProvider>
      </WorkLoaderProvider>
    </HistoryProvider>
  );
}

/**
 * "Forget everything" for what lives beside the form: the undo history (so
 * Undo cannot bring forgotten values back) and the deployed baseline. Call it
 * before the form is reset.
 */
export function useForgetWork(): () => void {
  const history = useHistoryContext();
  const { setBaseline } = useBaseline();
  return useCallback(() => {
    history?.forget();
    setBaseline(undefined);
  }, [history, setBaseline]);
}
