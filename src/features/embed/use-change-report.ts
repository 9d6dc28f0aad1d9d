import { useDeferredValue, useEffect, useRef } from 'react';
import { toYaml } from '../../core/yaml/to-yaml';
import { changePayload, type ChangePayload } from '../../core/embed/change';
import { type PipelineState, usePipelineSelector } from '../builder';

/** What an embed reports on every change: the changed values, their YAML and the chart release, secrets masked. */
export type ChangeReport = ChangePayload;

const selectChanged = (s: PipelineState) => ({ version: s.version, changed: s.computed.changed });

/**
 * Calls `report` with the form's changed values and YAML (secret values
 * masked: core/embed/change.ts) once at start and
 * then after each change that alters them (not on every keystroke that
 * leaves the output the same). Reads the form pipeline's changed values (no
 * computation of its own). Mount inside <BuilderForm>.
 */
export function useChangeReport(report: (change: ChangeReport) => void): void {
  const current = useDeferredValue(usePipelineSelector(selectChanged, (a, b) => a.version === b.version && a.changed === b.changed));
  const last = useRef<string | undefined>(undefined);
  const callback = useRef(report);
  callback.current = report;

  useEffect(() => {
    const { version, changed } = current;
    const key = `${version}\u0000${toYaml(changed)}`;
    if (key === last.current) return;
    last.current = key;
    callback.current(changePayload(version, changed));
  }, [current]);
}
