/** Every published release of the `polyaxon/agent` chart the builder supports, oldest first. */
export const CHART_VERSIONS = [
  '2.0.0',
  '2.0.1',
  '2.0.2',
  '2.0.3',
  '2.0.4',
  '2.0.5',
  '2.0.6',
  '2.1.1',
  '2.1.2',
  '2.1.3',
  '2.1.4',
  '2.1.5',
  '2.1.6',
  '2.1.7',
  '2.1.8',
  '2.2.0',
  '2.3.0',
  '2.3.1',
  '2.3.2',
  '2.4.0',
  '2.5.0',
  '2.5.1',
  '2.5.2',
  '2.5.3',
  '2.6.0',
  '2.6.1',
  '2.7.0',
  '2.8.0',
  '2.8.1',
  '2.9.1',
  '2.9.2',
  '2.9.3',
  '2.9.4',
  '2.10.0',
  '2.11.0',
  '2.11.1',
  '2.12.0',
  '2.13.0',
  '2.14.0',
  '2.14.1',
  '2.15.0',
  '2.15.1',
] as const;

export type ChartVersion = (typeof CHART_VERSIONS)[number];

/** The default target: the newest release. */
export const LATEST_CHART_VERSION: ChartVersion = '2.15.1';

export function isChartVersion(value: unknown): value is ChartVersion {
  return typeof value === 'string' && (CHART_VERSIONS as readonly string[]).includes(value);
}

/** Compares two dotted versions numerically: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
