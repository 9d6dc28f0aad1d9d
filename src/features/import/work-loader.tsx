import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Values } from '../../core/values/types';

/** The whole work: a chart release and the form values for it. */
export interface Work {
  readonly version: string;
  readonly values: Values;
}

interface UndoOffer {
  readonly message: string;
  readonly before: Work;
  readonly seq: number;
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
  const [undo, setUndo] = useState<UndoOffer | undefined>(undefined);
  const loadWork = useCallback((work: Work) => load(work.version, work.values), [load]);
  const offerUndo = useCallback((message: string, before: Work) => setUndo((u) => ({ message, before, seq: (u?.seq ?? 0) + 1 })), []);
  const value = useMemo<WorkLoader>(() => ({ load: loadWork, offerUndo }), [loadWork, offerUndo]);
  return (
    <WorkLoaderContext.Provider value={value}>
      {children}
      <Snackbar
        key={undo?.seq}
        open={undo !== undefined}
        autoHideDuration={12_000}
        onClose={(_, reason) => {
          if (reason !== 'clickaway') setUndo(undefined);
        }}
        message={undo?.message}
        action={
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              if (undo) loadWork(undo.before);
              setUndo(undefined);
            }}
          >
            Undo
          </Button>
        }
      />
    </WorkLoaderContext.Provider>
  );
}
