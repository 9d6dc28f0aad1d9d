import { useCallback, useEffect, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../shared/values';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { useChartVersion, useFormPipeline } from '../builder';
import type { BuilderSession } from './builder-session';

/** Edits are written this long after the last keystroke (and at once when the page is hidden or closed). */
const AUTOSAVE_DELAY_MS = 500;

function workKey(version: string, changed: Values): string {
  return `${version}\u0000${JSON.stringify(changed)}`;
}

/**
 * Saves the form's values to the session's store, debounced. Nothing is
 * written while the values mean the same as what is stored already, so
 * merely opening the page (or a broken link) never rewrites saved work.
 * Renders nothing; mount it inside <BuilderForm>.
 */
export function AutosaveObserver({ session }: { session: BuilderSession }) {
  const { getValues } = useFormContext<Values>();
  const version = useChartVersion();
  const pipeline = useFormPipeline();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastKey = useRef<string | undefined>(undefined);
  const { store, snapshot } = session;

  if (lastKey.current === undefined) {
    const stored = store.load();
    lastKey.current = stored.ok ? workKey(stored.record.version, computeValues(stored.record.values, stored.record.version).changed) : '';
  }

  const save = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    // The pipeline has computed the changed values already (once per change, for every reader).
    const state = pipeline.getState();
    const current = state.values;
    const changed = state.version === version ? state.computed.changed : computeValues(current, version).changed;
    const key = workKey(version, changed);
    if (key === lastKey.current) return;
    // Work that changes nothing is not worth keeping (and "forget everything" stays forgotten).
    if (version === LATEST_CHART_VERSION && Object.keys(changed).length === 0) {
      store.clear();
      lastKey.current = key;
      return;
    }
    if (store.save({ version, values: current, savedAt: new Date().toISOString() })) lastKey.current = key;
  }, [pipeline, store, version]);

  useEffect(() => {
    snapshot.current = () => ({ version, values: getValues() });
    return () => {
      snapshot.current = undefined;
    };
  }, [snapshot, version, getValues]);

  // Every change of the values (through the pipeline: no re-render here) restarts the wait.
  useEffect(() => {
    const schedule = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(save, AUTOSAVE_DELAY_MS);
    };
    schedule();
    return pipeline.subscribe(schedule);
  }, [pipeline, save]);

  useEffect(() => {
    const flush = () => {
      if (timer.current !== undefined) save();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [save]);

  return null;
}
