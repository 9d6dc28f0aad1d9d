import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createHistoryStore, type HistoryStore } from '../../core/history/persist';
import { HistorySession, type HistoryView } from '../../core/history/session';
import type { Work } from '../../core/history/history';
import { memoryStorage, type KeyValueStorage } from '../../core/autosave/storage';
import { HistorySnackbar } from './history-snackbar';

/** Saving to sessionStorage waits this long after the last change (and happens at once when the page is hidden). */
const SAVE_DELAY_MS = 400;

export interface HistoryContextValue {
  readonly session: HistorySession;
  /** Replaces the form as a whole (another chart release): the session's `load`. */
  readonly load: (work: Work) => void;
  /** "Forget everything": drops the steps, in memory and in this tab's storage. */
  readonly forget: () => void;
}

const HistoryContext = createContext<HistoryContextValue | null>(null);

/** The session's history, or undefined outside a <HistoryProvider> (embeds keep none). */
export function useHistorySession(): HistorySession | undefined {
  return useContext(HistoryContext)?.session;
}

export function useHistoryContext(): HistoryContextValue | null {
  return useContext(HistoryContext);
}

const NO_VIEW: HistoryView = { undoLabel: undefined, redoLabel: undefined, topId: undefined, steps: 0 };
const noop = () => () => {};

/** What the undo/redo controls show; re-renders only when that changes. */
export function useHistoryView(): HistoryView {
  const session = useHistorySession();
  return useSyncExternalStore(session?.subscribe ?? noop, session?.getView ?? (() => NO_VIEW), session?.getView ?? (() => NO_VIEW));
}

/** window.sessionStorage when the page may use it, else memory (disabled storage, sandboxed frames). */
function tabStorage(): KeyValueStorage {
  try {
    const storage = window.sessionStorage;
    storage.getItem('polyaxon-values-builder:probe');
    return storage;
  } catch {
    return memoryStorage();
  }
}

/**
 * Holds the undo history for the page's whole session, outside <BuilderForm>
 * so that it survives the form being mounted anew (imports and undo across
 * chart releases). Kept in sessionStorage (this tab, until it closes; secrets
 * never written). Shows the "Undo"/"Redo" snackbar of the last step.
 */
export function HistoryProvider({ load, storage, children }: { load: (version: string, values: Work['values']) => void; storage?: KeyValueStorage; children: ReactNode }) {
  const [parts] = useState(() => {
    const store: HistoryStore = createHistoryStore(storage ?? tabStorage());
    const timer: { id: ReturnType<typeof setTimeout> | undefined } = { id: undefined };
    let session: HistorySession | undefined = undefined;
    const flush = () => {
      clearTimeout(timer.id);
      timer.id = undefined;
      const saved = session?.saved();
      if (!saved) return;
      // Nothing to undo or redo (a fresh tab, or after "Forget everything"): nothing worth keeping.
      if (saved.state.past.length === 0 && saved.state.future.length === 0) store.clear();
      else store.save(saved);
    };
    session = new HistorySession(
      {
        onChange: () => {
          clearTimeout(timer.id);
          timer.id = setTimeout(flush, SAVE_DELAY_MS);
        },
      },
      store.load(),
    );
    const forget = () => {
      clearTimeout(timer.id);
      timer.id = undefined;
      session?.clear();
      store.clear();
    };
    return { session, flush, forget };
  });
  const [value] = useState<HistoryContextValue>(() => ({ session: parts.session, load: (work) => load(work.version, work.values), forget: parts.forget }));

  useEffect(() => {
    const onHide = () => parts.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') parts.flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      parts.flush();
    };
  }, [parts]);

  return (
    <HistoryContext.Provider value={value}>
      {children}
      <HistorySnackbar session={parts.session} />
    </HistoryContext.Provider>
  );
}
