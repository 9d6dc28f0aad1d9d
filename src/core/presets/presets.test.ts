import { describe, expect, test } from 'vitest';
import { validateValues } from '../validation/validate';
import { computeValues } from '../values/output';
import { helmMerge } from '../values/helm-merge';
import type { Values } from '../../shared/values';
import { CHART_VERSIONS, LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import { nodeById } from '../fields/node-index';
import { PRESETS } from './catalog';
import { planPreset, presetFields, presetReleases } from './apply';

const V = LATEST_CHART_VERSION;

describe('presets', () => {
  test('the catalog covers the docs’ examples the issue names', () => {
    expect(PRESETS.map((p) => p.id)).toEqual([
      'minimal-agent',
      'ingress-tls',
      'nodeport-ssl',
      's3-store',
      'gcs-store',
      'azure-store',
      'host-path-store',
      'volume-claim-store',
      'restricted-security-context',
      'dedicated-node-pool',
    ]);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
  });

  test('every field a preset sets is a field of the schema (nothing lands in an unknown key)', () => {
    for (const preset of PRESETS) {
      for (const f of presetFields(
        preset,
        (preset.options ?? []).map((o) => o.id),
      )) {
        expect(nodeById(f.name)?.meta.kind, `${preset.id}: ${f.name}`).toBe('field');
      }
    }
  });

  test('each preset (with and without its options) on the defaults gives no errors, in every release it applies to', () => {
    let checked = 0;
    for (const preset of PRESETS) {
      const releases = presetReleases(preset);
      expect(releases.length, `${preset.id} applies to some release`).toBeGreaterThan(0);
      expect(releases, `${preset.id} applies to the latest release`).toContain(V);
      const variants = [[], (preset.options ?? []).map((o) => o.id)];
      for (const version of releases) {
        for (const options of variants) {
          const plan = planPreset(chartDefaults(version), version, preset, options);
          const errors = validateValues(plan.values, version).filter((p) => p.severity === 'error');
          expect(errors, `${preset.id} [${options.join(',')}] on ${version}`).toEqual([]);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(PRESETS.length * 2);
  });

  test('the releases each preset applies to: all of them (every key it sets exists since 2.0.0)', () => {
    for (const preset of PRESETS) expect(presetReleases(preset), preset.id).toEqual(CHART_VERSIONS);
  });

  test('applying says what changes and marks edits it would overwrite; the output holds the docs example', () => {
    const values = helmMerge(chartDefaults(V), { ingress: { hostName: 'mine.example.com' }, namespace: 'keep' });
    const preset = PRESETS.find((p) => p.id === 'ingress-tls')!;
    const plan = planPreset(values, V, preset, ['cert-manager']);
    expect(plan.changes.map((c) => [c.path, c.overwritesEdit])).toEqual([
      ['ingress.enabled', false],
      ['ingress.hostName', true],
      ['ingress.tls', false],
      ['ingress.annotations', false],
    ]);
    expect(computeValues(plan.values, V).changed).toEqual({
      namespace: 'keep',
      ingress: {
        enabled: true,
        hostName: 'polyaxon.acme.com',
        annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt-prod' },
        tls: [{ secretName: 'polyaxon.acme-tls', hosts: ['polyaxon.acme.com'] }],
      },
    });
    // The input is not modified.
    expect((values.ingress as Values).hostName).toBe('mine.example.com');
  });

  test('a store preset replaces the whole artifacts store (no keys of the old one left behind)', () => {
    const withS3 = planPreset(
      chartDefaults(V),
      V,
      PRESETS.find((p) => p.id === 's3-store')!,
    ).values;
    const plan = planPreset(
      withS3,
      V,
      PRESETS.find((p) => p.id === 'host-path-store')!,
    );
    expect(plan.changes).toEqual([expect.objectContaining({ path: 'artifactsStore', overwritesEdit: true })]);
    expect(computeValues(plan.values, V).changed.artifactsStore).toEqual({
      name: 'node-artifacts-store',
      kind: 'host_path',
      schema: { mountPath: '/artifacts', hostPath: '/path/to/artifacts' },
    });
  });

  test('applying twice changes nothing the second time; minimal agent unsets a token written into values', () => {
    const preset = PRESETS.find((p) => p.id === 'minimal-agent')!;
    const first = planPreset(helmMerge(chartDefaults(V), { agent: { token: 'tok' } }), V, preset);
    expect(first.changes.map((c) => [c.path, c.overwritesEdit])).toEqual([
      ['agentSecret', false],
      ['agent.token', true],
    ]);
    expect(computeValues(first.values, V).changed).toEqual({ agentSecret: 'polyaxon-agent-secret' });
    expect(planPreset(first.values, V, preset).changes).toEqual([]);
  });
});
