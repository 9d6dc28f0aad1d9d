import { useEffect, useMemo, useState } from 'react';
import { changedKeys } from '../../core/changes/changes';
import { type PipelineState, useFormPipeline } from '../builder';

/** Recount at most this often while the user types: the counts are a summary, not the input. */
const SETTLE_MS = 150;

/** One count per pipeline state, whoever asks (the header's button and the section rail). */
const keys = new WeakMap<PipelineState, string>();

function keyOf(state: PipelineState): string {
  const hit = keys.get(state);
  if (hit !== undefined) return hit;
  const { fields, unknown } = changedKeys(state.computed.changed, state.version);
  const key = `${unknown.length}\u0000${fields.join('\u0000')}`;
  keys.set(state, key);
  return key;
}

/**
 * Ids of the fields that differ from the chart defaults, and how many keys no
 * field shows: from the form pipeline's changed values (no re-render per
 * keystroke), recounted once typing settles; re-renders only when the set changes.
 */
export function useChangedFields(): { fields: ReadonlySet<string>; unknown: number } {
  const pipeline = useFormPipeline();
  const [key, setKey] = useState(() => keyOf(pipeline.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => {
      timer = undefined;
      setKey(keyOf(pipeline.getState()));
    };
    recount();
    const unsubscribe = pipeline.subscribe(() => {
      if (timer === undefined) timer = setTimeout(recount, SETTLE_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [pipeline]);
  return useMemo(() => {
    const [unknown, ...fields] = key.split('\u0000');
    return { fields: new Set(fields.filter((f) => f !== '')), unknown: Number(unknown) };
  }, [key]);
}
