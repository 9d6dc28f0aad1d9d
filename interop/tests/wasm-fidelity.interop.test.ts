import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GOLDEN_SCENARIOS } from '../../src/test-utils/golden-scenarios';
import { KUBE_VERSION } from '../../src/core/manifests/kube-version';
import { maskRandomSecrets } from '../../src/core/manifests/random-output';
import { mergeUserValues } from '../../src/core/values/helm-merge';
import { computeValues } from '../../src/core/values/output';
import { toYaml } from '../../src/core/yaml/to-yaml';
import { chartDefaults } from '../../src/schema/defaults';
import { releaseAndNamespace } from '../lib/cli-file';
import { helmTemplate } from '../lib/helm';
import { announceSkip } from '../lib/paths';
import { manifestDiff, realChartPath, realChartSkipReason } from '../lib/real-chart';
import { scratchDir } from '../lib/test-chart';
import { wasmRender, wasmSkipReason } from '../lib/wasm-renderer';

/**
 * Proof of fidelity: the in-browser renderer (wasm/helm-render, Helm's engine compiled to WebAssembly, run here in
 * Node with Go's wasm_exec.js) prints exactly what the real `helm template` prints, for every golden scenario on
 * three releases. Only the chart's random secrets (and the checksum over them) are masked on both sides.
 */
const RELEASES = ['2.15.1', '2.10.0', '2.0.0'] as const;
const skip = announceSkip('in-browser renderer fidelity', realChartSkipReason() ?? wasmSkipReason());

describe.skipIf(skip)('the WASM renderer prints what helm template prints', () => {
  const cases = RELEASES.flatMap((version) => GOLDEN_SCENARIOS.map((g) => [`${g.id} on ${version}`, g, version] as const));
  test.each(cases)('%s', { timeout: 300_000 }, async (_name, scenario, version) => {
    const form = mergeUserValues(chartDefaults(version), scenario.edits);
    const { release, namespace } = releaseAndNamespace(form);
    const yaml = toYaml(computeValues(form, version).changed);
    const dir = path.join(scratchDir(), `wasm-${scenario.id}-${version}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'values.yaml'), yaml);
    const chart = realChartPath(version);
    const cli = await helmTemplate([release, chart, '-n', namespace, '-f', path.join(dir, 'values.yaml'), '--kube-version', KUBE_VERSION], dir);
    const render = await wasmRender();
    const wasm = render(new Uint8Array(readFileSync(chart)), yaml, release, namespace, KUBE_VERSION);
    const context = `scenario ${scenario.id}, chart ${version}, release ${release} -n ${namespace}\n--- values:\n${yaml}`;
    if (cli.code !== 0) {
      expect(wasm.error, `${context}\nhelm failed (${cli.stderr}) but the WASM renderer did not`).toBeDefined();
      expect(cli.stderr).toContain(wasm.error as string);
      return;
    }
    expect(wasm.error, `${context}\nthe WASM renderer failed`).toBeUndefined();
    const want = maskRandomSecrets(cli.stdout);
    const got = maskRandomSecrets(wasm.manifests as string);
    if (got !== want) expect.fail(`${context}\n--- diff (- helm template, + WASM):\n${manifestDiff(want, got)}`);
  });
});
