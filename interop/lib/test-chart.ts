import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { CHART_VALUES_DIR, TEST_CHART_DIR } from './paths';
import type { Values } from '../../src/shared/values';

const chartCache = new Map<string, string>();
let scratchRoot: string | undefined;

/** One temp folder per test process for charts and value files; removed by the OS, kept for debugging. */
export function scratchDir(): string {
  scratchRoot ??= mkdtempSync(path.join(os.tmpdir(), 'interop-'));
  return scratchRoot;
}

/** The chart release's own values.yaml text, straight from shared/spec/chart-values. */
function chartValuesText(version: string): string {
  return readFileSync(path.join(CHART_VALUES_DIR, `${version}.yaml`), 'utf8');
}

/**
 * A temp copy of interop/chart whose values.yaml is the real values.yaml of
 * `version` (copied at test time, never committed). Cached per version.
 */
export function testChartFor(version: string): string {
  let dir = chartCache.get(version);
  if (!dir) {
    dir = path.join(scratchDir(), `chart-${version}`);
    cpSync(TEST_CHART_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'values.yaml'), chartValuesText(version));
    chartCache.set(version, dir);
  }
  return dir;
}

/** A temp copy of interop/chart with arbitrary defaults (written as JSON, which Helm reads as YAML). */
export function testChartWithDefaults(name: string, defaults: Values): string {
  const dir = path.join(scratchDir(), `chart-${name}`);
  cpSync(TEST_CHART_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, 'values.yaml'), `${JSON.stringify(defaults, null, 1)}\n`);
  return dir;
}

/**
 * Reads the merged values out of `helm template` output: the test chart's one
 * ConfigMap carries `toJson .Values`. Throws with the output when it is missing.
 */
export function renderedValues(helmStdout: string): Values {
  const marker = 'name: interop-values';
  if (!helmStdout.includes(marker)) throw new Error('the interop-values ConfigMap is not in the output');
  const docs = helmStdout.split(/^---\s*$/m).filter((d) => d.includes(marker));
  if (docs.length !== 1) throw new Error(`expected one interop-values ConfigMap, found ${docs.length}`);
  const doc = load(docs[0] as string) as { data?: { 'values.json'?: string } };
  const json = doc.data?.['values.json'];
  if (typeof json !== 'string') throw new Error('the ConfigMap has no data."values.json"');
  return JSON.parse(json) as Values;
}
