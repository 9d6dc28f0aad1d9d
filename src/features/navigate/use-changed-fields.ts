import { useMemo } from 'react';
import { changedKeys } from '../../core/changes/changes';
import { useChartVersion } from '../builder/builder-context';
import { useOutputSelector } from '../helm-command/output-store-context';

/**
 * Ids of the fields that differ from the chart defaults, read from the
 * overlay the output store already computes per change (no form watcher of
 * its own); re-renders only when the set changes.
 */
export function useChangedFields(): { fields: ReadonlySet<string>; unknown: number } {
  const version = useChartVersion();
  const key = useOutputSelector((store) => {
    const { fields, unknown } = changedKeys(store.getState().computed.changed, version);
    return `${unknown.length}\u0000${fields.join('\u0000')}`;
  });
  return useMemo(() => {
    const [unknown, ...fields] = key.split('\u0000');
    return { fields: new Set(fields.filter((f) => f !== '')), unknown: Number(unknown) };
  }, [key]);
}
