import { useDeferredValue, useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../shared/values';
import { toYaml } from '../../core/yaml/to-yaml';
import { changePayload, type ChangePayload } from '../../core/embed/change';
import { useChartVersion } from '../builder';

/** What an embed reports on every change: the changed values, their YAML and the chart release, secrets masked. */
export type ChangeReport = ChangePayload;

/**
 * Calls `report` with the form's changed values and YAML (secret values
 * masked: core/embed/change.ts) once at start and
 * then after each change that alters them (not on every keystroke that
 * leaves the output the same). Mount inside <BuilderForm>.
 */
export function useChangeReport(report: (change: ChangeReport) => void): void {
  const { control } = useFormContext<Values>();
  const version = useChartVersion();
  const watched = useWatch({ control }) as Values;
  const values = useDeferredValue(watched);
  const last = useRef<string | undefined>(undefined);
  const callback = useRef(report);
  callback.current = report;

  useEffect(() => {
    const { changed } = computeValues(values, version);
    const payload = changePayload(version, changed);
    const key = `${version}\u0000${toYaml(changed)}`;
    if (key === last.current) return;
    last.current = key;
    callback.current(payload);
  }, [values, version]);
}
