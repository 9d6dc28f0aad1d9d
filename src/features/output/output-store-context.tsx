import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useFormPipeline } from '../builder';
import { useOutputSettings } from './output-settings';
import { OutputStore, type OutputChoices } from './output-store';

const OutputStoreContext = createContext<OutputStore | null>(null);

/**
 * Owns the output store of everything below it: follows the form pipeline
 * (no re-render of this component), whose computeValues result it reuses, so
 * the outputs recompute once per change, in the same event, whoever shows them.
 * Mount inside <BuilderForm>; the output settings provider mounts one with its choices.
 */
function OutputStoreHost({ choices, children }: { choices: OutputChoices; children: ReactNode }) {
  const pipeline = useFormPipeline();
  const { variant, secretMode } = choices;
  const [store] = useState(() => {
    const { values, version, computed } = pipeline.getState();
    return new OutputStore(values, version, { variant, secretMode }, computed);
  });

  useLayoutEffect(() => {
    store.setProfile(store.getState().profile.version, { variant, secretMode });
  }, [store, variant, secretMode]);

  useEffect(() => {
    const follow = () => {
      const { values, version, computed } = pipeline.getState();
      store.setComputed(values, version, computed);
    };
    // Catch up with anything that changed between the first render and this subscription.
    follow();
    const unsubscribe = pipeline.subscribe(follow);
    return () => {
      unsubscribe();
      store.dispose();
    };
  }, [store, pipeline]);

  return <OutputStoreContext.Provider value={store}>{children}</OutputStoreContext.Provider>;
}

/**
 * One output store for everything below, computed with the shared output
 * settings (the defaults outside an <OutputSettingsProvider>): the outputs
 * below compute once per change, and each panel only reads slices.
 */
export function SharedOutputStore({ children }: { children: ReactNode }) {
  const { variant, secretMode } = useOutputSettings();
  return <OutputStoreHost choices={{ variant, secretMode }}>{children}</OutputStoreHost>;
}

/** `children` with an output store: the surrounding one, else a store of their own (with the shared output settings). */
export function WithOutputStore({ children }: { children: ReactNode }) {
  const store = useContext(OutputStoreContext);
  return store ? <>{children}</> : <SharedOutputStore>{children}</SharedOutputStore>;
}

export function useOutputStore(): OutputStore {
  const store = useContext(OutputStoreContext);
  if (!store) throw new Error('useOutputStore must be used inside <OutputStoreHost> (or <WithOutputStore>)');
  return store;
}

/**
 * A slice of the output store: re-renders only when `select` gives a value
 * that is not `equal` to the previous one (Object.is by default).
 */
export function useOutputSelector<T>(select: (store: OutputStore) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const store = useOutputStore();
  const last = useRef<{ value: T } | null>(null);
  // Selectors are cheap (the store caches the costly slices), so each read selects afresh: `select` may close over props.
  const getSnapshot = (): T => {
    const value = select(store);
    const prev = last.current;
    if (prev && equal(prev.value, value)) return prev.value;
    last.current = { value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}

/**
 * A slice of the output store for a panel that is not the preview: read after
 * the frame that shows a change (OutputStore.subscribeSettled), once per burst
 * of keystrokes, so neither `select` nor the panel's render runs in the
 * keystroke. Re-renders only when `select` gives a value that is not `equal`
 * to the previous one.
 */
export function useSettledOutputSelector<T>(select: (store: OutputStore) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const store = useOutputStore();
  const last = useRef<{ version: number; select: unknown; value: T } | null>(null);
  const getSnapshot = (): T => {
    const version = store.getSettledVersion();
    const prev = last.current;
    if (prev && prev.version === version && prev.select === select) return prev.value;
    const selected = select(store);
    const value = prev && equal(prev.value, selected) ? prev.value : selected;
    last.current = { version, select, value };
    return value;
  };
  return useSyncExternalStore(store.subscribeSettled, getSnapshot, getSnapshot);
}
