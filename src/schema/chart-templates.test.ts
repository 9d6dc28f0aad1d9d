import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { chartTemplates, howRead } from '../test-utils/chart-templates';
import { CHART_VERSIONS, LATEST_CHART_VERSION } from './chart-versions';
import { allFields, existsIn } from './defaults';

/*
 * Every schema key the chart is said to read (readBy 'chart') is read by the
 * templates of each release the schema gives it (`since`/`until`), in the real
 * chart (../shared/charts/agent-<version>.tgz). A key they do not read is a
 * wrong `since`, a typo, or a key of the CLI (readBy 'cli') or of nobody.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const chartsDir = path.resolve(repoRoot, '../shared/charts');
const hasCharts = existsSync(chartsDir);
if (!hasCharts) console.warn(`Skipping the chart template guard: ${chartsDir} is absent`);

describe.skipIf(!hasCharts)('the real chart’s templates read every key the schema says they read', () => {
  test.each(CHART_VERSIONS.map((v) => [v]))('agent-%s', (version) => {
    const templates = chartTemplates(chartsDir, version);
    expect(templates.length).toBeGreaterThan(10_000);
    const unread = allFields()
      .filter((f) => existsIn(f.meta, version) && (f.meta.readBy ?? 'chart') === 'chart')
      .filter((f) => howRead(templates, f.path) === undefined)
      .map((f) => f.id);
    expect(unread).toEqual([]);
  });

  test('the guard has teeth: keys the latest chart does not read are reported as unread', () => {
    const templates = chartTemplates(chartsDir, LATEST_CHART_VERSION);
    // A misspelt key, a key only older releases had, and the keys only the Polyaxon CLI reads (readBy 'cli').
    expect(howRead(templates, ['gateway', 'service', 'prot'])).toBeUndefined();
    expect(howRead(templates, ['agent', 'enableFinalizers'])).toBeUndefined();
    const cliOnly = allFields().filter((f) => f.meta.readBy === 'cli' && existsIn(f.meta, LATEST_CHART_VERSION));
    expect(cliOnly.length).toBeGreaterThan(0);
    expect(cliOnly.filter((f) => howRead(templates, f.path) !== undefined).map((f) => f.id)).toEqual([]);
  });
});

describe('howRead', () => {
  test('tells read keys from unread ones', () => {
    const text = '{{ .Values.gateway.service.port }}\n{{ toYaml .Values.affinity | nindent 8 }}\n{{- with .Values.ui }}{{ .offline }}{{ end }}';
    expect(howRead(text, ['gateway', 'service', 'port'])).toBe('directly');
    expect(howRead(text, ['gateway', 'service', 'type'])).toBeUndefined();
    expect(howRead(text, ['gateway', 'service'])).toBe('directly');
    expect(howRead(text, ['affinity', 'nodeAffinity'])).toBe('through affinity, handed over whole');
    expect(howRead(text, ['ui', 'offline'])).toBe('through ui, opened and read by name');
    expect(howRead(text, ['ui', 'singleUrl'])).toBeUndefined();
  });
});
