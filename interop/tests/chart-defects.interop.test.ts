import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { nodeById } from '../../src/core/fields/node-index';
import { workloadObjects } from '../../src/core/manifests/objects';
import { migrateValues } from '../../src/core/migrate/migrate';
import { CHART_ANNOTATION_KEYS, CHART_LABEL_KEYS } from '../../src/core/validation/rules/chart-label-keys';
import { validateValues } from '../../src/core/validation/validate';
import { mergeUserValues } from '../../src/core/values/helm-merge';
import { toYaml } from '../../src/core/yaml/to-yaml';
import { CHART_VERSIONS, LATEST_CHART_VERSION } from '../../src/schema/chart-versions';
import { chartDefaults } from '../../src/schema/defaults';
import { CHART_DEFECTS, type ChartDefect, type Rendered, type Warning } from '../lib/chart-defects';
import { helmTemplate } from '../lib/helm';
import { announceSkip } from '../lib/paths';
import { HELMS, realChartPath, realChartSkipReason } from '../lib/real-chart';
import { scratchDir } from '../lib/test-chart';

/**
 * Every chart defect (spec §A.14, plus those rendering found): the real chart,
 * rendered by Helm 3 and Helm 4 from the values that trigger it, does what the
 * spec says, and the builder warns about it before the user deploys.
 */
const skip = announceSkip('chart defects', realChartSkipReason());

async function render(defect: ChartDefect, helmBin: string, version: string, n: number): Promise<Rendered> {
  const dir = path.join(scratchDir(), `defect-${defect.id}-${n}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'values.yaml');
  writeFileSync(file, toYaml(defect.values));
  const r = await helmTemplate(['agent', realChartPath(version), '-n', 'polyaxon', '-f', file], dir, undefined, helmBin);
  return { ...r, objects: r.code === 0 ? workloadObjects(r.stdout) : [] };
}

function warningProblems(defect: ChartDefect, version: string): string[] {
  const problems = validateValues(mergeUserValues(chartDefaults(version), defect.values), version);
  const missing: string[] = [];
  const describe = (w: Warning) => JSON.stringify(w, (k, v: unknown) => (k === 'read' ? undefined : v));
  for (const w of defect.warns) {
    if ('rule' in w) {
      if (!problems.some((p) => p.rule === w.rule && (w.path === undefined || p.path === w.path))) missing.push(`no problem from rule ${describe(w)}`);
    } else if ('problemAt' in w) {
      if (!problems.some((p) => p.path === w.problemAt)) missing.push(`no problem at ${w.problemAt}`);
    } else if ('field' in w) {
      const meta = nodeById(w.field)?.meta;
      const text = [meta?.warning, meta?.description, meta?.docs?.note].filter(Boolean).join(' ');
      if (!text.includes(w.text)) missing.push(`the field ${w.field} does not say "${w.text}" (it says: ${text || 'nothing'})`);
    } else if ('migration' in w) {
      const change = migrateValues(defect.values).changes.find((c) => c.migration === w.migration);
      if (!change?.message.includes(w.text)) missing.push(`the import does not migrate it with ${w.migration} saying "${w.text}"`);
    } else if (!w.read().includes(w.text)) missing.push(`${w.docs} does not say "${w.text}"`);
  }
  return missing.map((m) => `${m}; validateValues found: ${problems.map((p) => `${p.rule}@${p.path}`).join(', ') || 'nothing'}`);
}

describe.skipIf(skip)('chart defects: what the real chart does, and that the builder warns', () => {
  test.each(CHART_DEFECTS.map((d) => [`${d.spec}: ${d.title}`, d] as const))('%s', async (_name, defect) => {
    const version = defect.version ?? LATEST_CHART_VERSION;
    const report: string[] = [];
    for (const helm of HELMS) {
      const first = await render(defect, helm.bin, version, 1);
      const second = defect.twice ? await render(defect, helm.bin, version, 2) : undefined;
      const found = defect.check(first, second);
      if (found.length > 0) report.push(`${helm.name} on chart ${version}:\n  ${found.join('\n  ')}\n--- values:\n${toYaml(defect.values)}`);
    }
    report.push(...warningProblems(defect, version).map((m) => `the builder does not warn: ${m}`));
    expect(report, report.join('\n')).toEqual([]);
  });
});

describe.skipIf(skip)('the label and annotation keys the chart sets itself are the ones chart-label-keys knows', () => {
  test.each([CHART_VERSIONS[0] as string, '2.1.8', LATEST_CHART_VERSION])('chart %s', async (version) => {
    const defect: ChartDefect = {
      id: `own-keys-${version}`,
      spec: '',
      title: '',
      values: { ingress: { enabled: true, hostName: 'polyaxon.acme.com' }, gateway: { hpa: { enabled: true } } },
      check: () => [],
      warns: [],
    };
    const r = await render(defect, HELMS[0].bin, version, 1);
    expect(r.code, r.stderr).toBe(0);
    const labels = new Set<string>();
    const annotations = new Set<string>();
    for (const o of r.objects) {
      for (const meta of [o.object?.metadata, (o.object?.spec as { template?: { metadata?: unknown } } | undefined)?.template?.metadata]) {
        const m = meta as { labels?: Record<string, unknown>; annotations?: Record<string, unknown> } | undefined;
        Object.keys(m?.labels ?? {}).forEach((k) => labels.add(k));
        Object.keys(m?.annotations ?? {}).forEach((k) => annotations.add(k));
      }
    }
    expect(labels.size).toBeGreaterThan(0);
    expect([...labels].filter((k) => !CHART_LABEL_KEYS.includes(k))).toEqual([]);
    expect([...annotations].filter((k) => !CHART_ANNOTATION_KEYS.includes(k))).toEqual([]);
  });
});
