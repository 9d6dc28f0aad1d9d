import { useDeferredValue, useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../core/values/types';
import { toYaml } from '../../core/yaml/to-yaml';
import { useChartVersion } from '../builder/builder-context';

/** What an embed reports on every change: the changed values, their YAML and the chart release. */
export interface ChangeReport {
  version: string;
  values: Values;
  yaml: string;
}

/**
 * Calls `report` with the form's changed values and YAML once at start and
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
    const yaml = toYaml(changed);
    const key = `${version}\u0000${yaml}`;
    if (key === last.current) return;
    last.current = key;
    callback.current({ version, values: changed, yaml });
  }, [values, version]);
}
