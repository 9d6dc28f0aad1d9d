import { useEffect, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { changedKeys } from '../../core/changes/changes';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../shared/values';
import { useChartVersion } from '../builder';

/** Recount at most this often while the user types: the counts are a summary, not the input. */
const SETTLE_MS = 150;

function keyOf(values: Values, version: string): string {
  const { fields, unknown } = changedKeys(computeValues(values, version).changed, version);
  return `${unknown.length}\u0000${fields.join('\u0000')}`;
}

/**
 * Ids of the fields that differ from the chart defaults, and how many keys no
 * field shows: from react-hook-form's subscribe (no re-render per keystroke),
 * recomputed once typing settles; re-renders only when the set changes.
 */
export function useChangedFields(): { fields: ReadonlySet<string>; unknown: number } {
  const version = useChartVersion();
  const { getValues, subscribe } = useFormContext<Values>();
  const [key, setKey] = useState(() => keyOf(getValues(), version));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => {
      timer = undefined;
      setKey(keyOf(getValues(), version));
    };
    recount();
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: () => {
        if (timer === undefined) timer = setTimeout(recount, SETTLE_MS);
      },
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [getValues, subscribe, version]);
  return useMemo(() => {
    const [unknown, ...fields] = key.split('\u0000');
    return { fields: new Set(fields.filter((f) => f !== '')), unknown: Number(unknown) };
  }, [key]);
}
