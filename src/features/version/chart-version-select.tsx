import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../core/values/types';
import { switchVersion } from '../../core/versions/switch-version';
import { CHART_VERSIONS, LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { SelectInput } from '../../ui/select-input';
import { lazyModule } from '../../ui/lazy-load';
import { useVersionReports } from './version-report-store';

const comparison = lazyModule(() => import('../../core/versions/compare-versions'));

const VERSION_OPTIONS = [...CHART_VERSIONS].reverse().map((v) => ({ value: v, label: v === LATEST_CHART_VERSION ? `${v} (latest)` : v }));

interface ChartVersionSelectProps {
  version: string;
  onVersionChange: (version: string) => void;
}

/**
 * "Chart version": every supported release, newest first. Switching keeps
 * what the user changed (the form carries it over) and publishes a per-key
 * report (see <VersionReportBanner>). Mount inside <BuilderForm>.
 */
export function ChartVersionSelect({ version, onVersionChange }: ChartVersionSelectProps) {
  const { getValues } = useFormContext<Values>();
  const reports = useVersionReports();
  const [refused, setRefused] = useState<string | undefined>(undefined);
  const change = (next: string) => {
    if (next === version) return;
    const before = structuredClone(getValues());
    // The values are read for the new release like every other source; refused values keep the release.
    const switched = switchVersion(before, version, next);
    if (!switched.ok) {
      setRefused(`Kept chart ${version}: ${switched.error.message}`);
      return;
    }
    setRefused(undefined);
    const changed = computeValues(before, version).changed;
    onVersionChange(next);
    // The per-key comparison loads on the first switch (not needed to type).
    void comparison.load().then(({ compareVersions }) => {
      reports.publish(compareVersions(version, next, changed), { version, values: before });
    });
  };
  return (
    <SelectInput
      name="chartVersion-app"
      label="Chart version"
      value={version}
      options={VERSION_OPTIONS}
      onValueChange={change}
      {...(refused ? { error: true, helperText: refused } : {})}
      fullWidth={false}
      sx={{ width: 180 }}
    />
  );
}
