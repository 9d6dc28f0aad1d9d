import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Values } from '../../shared/values';
import { useHistorySession } from './history-context';

/** The whole work: a chart release and the form values for it. */
export interface Work {
  readonly version: string;
  readonly values: Values;
}

export interface WorkLoader {
  /** Replaces the form as a whole with these values for this release (the form is mounted anew). */
  load(work: Work): void;
  /**
   * The next change of the form's values (a reset in place, or a load) is
   * one undo step called `label`; `message` is shown with an Undo button.
   */
  announce(label: string, message?: string): void;
}

const WorkLoaderContext = createContext<WorkLoader | null>(null);

export function useWorkLoader(): WorkLoader {
  const value = useContext(WorkLoaderContext);
  if (!value) throw new Error('useWorkLoader must be used inside <WorkLoaderProvider>');
  return value;
}

/**
 * Lives outside <BuilderForm>, with the undo history, so that both survive
 * the form being mounted anew when an import (or an undo) changes the chart release.
 */
export function WorkLoaderProvider({ load, children }: { load: (version: string, values: Values) => void; children: ReactNode }) {
  const history = useHistorySession();
  const loadWork = useCallback((work: Work) => load(work.version, work.values), [load]);
  const announce = useCallback((label: string, message?: string) => history?.announce(label, message), [history]);
  const value = useMemo<WorkLoader>(() => ({ load: loadWork, announce }), [loadWork, announce]);
  return <WorkLoaderContext.Provider value={value}>{children}</WorkLoaderContext.Provider>;
}
