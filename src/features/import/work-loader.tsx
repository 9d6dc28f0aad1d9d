import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Values } from '../../core/values/types';
import { nextUndoOffer, UndoSnackbar, type UndoOffer } from '../../ui/undo-snackbar';

/** The whole work: a chart release and the form values for it. */
export interface Work {
  readonly version: string;
  readonly values: Values;
}


export interface WorkLoader {
  /** Replaces the form as a whole with these values for this release (the form is mounted anew). */
  load(work: Work): void;
  /** Shows `message` with an Undo button that puts `before` back exactly. */
  offerUndo(message: string, before: Work): void;
}

const WorkLoaderContext = createContext<WorkLoader | null>(null);

export function useWorkLoader(): WorkLoader {
  const value = useContext(WorkLoaderContext);
  if (!value) throw new Error('useWorkLoader must be used inside <WorkLoaderProvider>');
  return value;
}

/**
 * Lives outside <BuilderForm> so that its Undo snackbar survives the form
 * being mounted anew when an import (or an undo) changes the chart release.
 */
export function WorkLoaderProvider({ load, children }: { load: (version: string, values: Values) => void; children: ReactNode }) {
  const [undo, setUndo] = useState<UndoOffer<Work> | undefined>(undefined);
  const loadWork = useCallback((work: Work) => load(work.version, work.values), [load]);
  const offerUndo = useCallback((message: string, before: Work) => setUndo((u) => nextUndoOffer(u, message, before)), []);
  const value = useMemo<WorkLoader>(() => ({ load: loadWork, offerUndo }), [loadWork, offerUndo]);
  return (
    <WorkLoaderContext.Provider value={value}>
      {children}
      <UndoSnackbar offer={undo} onUndo={loadWork} onClose={() => setUndo(undefined)} autoHideMs={12_000} />
    </WorkLoaderContext.Provider>
  );
}
