import { useEffect, useLayoutEffect, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Work } from '../../core/history/history';
import type { Values } from '../../shared/values';
import { useChartVersion, useFormPipeline } from '../builder';
import { useHistoryContext } from './history-context';
import { appHandlesHistoryKey, historyKeyOf } from './history-keys';

/**
 * Connects the form to the session's history: every change of the form's
 * values (the form pipeline's subscription, so nothing re-renders) goes to the
 * history, an input losing focus ends the step being typed, undo/redo
 * results are applied back (a reset, or a new form for another release),
 * and Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y work (see history-keys.ts).
 * Renders nothing; mount inside <BuilderForm>. `loadLabel` names the step
 * when the form opens on other values than the history leads to.
 */
export function HistoryRecorder({ loadLabel }: { loadLabel?: string }) {
  const history = useHistoryContext();
  const { getValues, reset } = useFormContext<Values>();
  const pipeline = useFormPipeline();
  const version = useChartVersion();
  const versionRef = useRef(version);
  const labelRef = useRef(loadLabel);

  useLayoutEffect(() => {
    labelRef.current = loadLabel;
  }, [loadLabel]);

  // Before BuilderForm's own effect resets the values for a new release.
  useLayoutEffect(() => {
    if (versionRef.current === version) return;
    versionRef.current = version;
    const id = setTimeout(() => history?.session.observe({ version, values: getValues() }));
    return () => clearTimeout(id);
  }, [version, history, getValues]);

  useEffect(() => {
    if (!history) return;
    const { session, load } = history;
    const apply = (work: Work) => {
      if (work.version === versionRef.current) reset(work.values);
      else load(work);
    };
    session.attach({ version: versionRef.current, values: getValues() }, apply, labelRef.current);
    const unsubscribe = pipeline.subscribe(() => session.observe({ version: versionRef.current, values: pipeline.getState().values }));
    const onFocusOut = () => session.seal();
    const onKey = (event: KeyboardEvent) => {
      const key = historyKeyOf(event);
      if (!key || event.defaultPrevented || !appHandlesHistoryKey(event.target)) return;
      event.preventDefault();
      if (key === 'undo') session.undo();
      else session.redo();
    };
    document.addEventListener('focusout', onFocusOut);
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe();
      session.detach(apply);
      document.removeEventListener('focusout', onFocusOut);
      window.removeEventListener('keydown', onKey);
    };
  }, [history, getValues, reset, pipeline]);

  return null;
}
