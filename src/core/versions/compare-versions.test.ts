import { describe, expect, test } from 'vitest';
import { CHART_VERSIONS } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import { compareVersions } from './compare-versions';

describe('compareVersions (chart release switch report)', () => {
  test('user keys the new release does not read are listed; keys unknown to both are not', () => {
    const r = compareVersions('2.15.1', '2.8.0', { agent: { enableStatusFinalizers: false, instance: 'x' }, custom: 1 });
    expect(r.downgrade).toBe(true);
    expect(r.notRead.map((k) => [k.path, k.reason])).toEqual([['agent.enableStatusFinalizers', 'not-in-version']]);
    expect(r.notRead[0]?.message).toContain('added in 2.8.1');
  });

  test('a user null (deleting a default) is not reported as a key the release lacks', () => {
    expect(compareVersions('2.15.1', '2.8.0', { agent: { enableStatusFinalizers: null } }).notRead).toEqual([]);
  });

  test('image tags follow the release: each is a default change, kept when the user set it', () => {
    const r = compareVersions('2.15.1', '2.15.0', { agent: { imageTag: 'custom' } });
    expect(r.downgrade).toBe(true);
    const agentTag = r.defaultChanges.find((c) => c.path === 'agent.imageTag');
    expect(agentTag).toMatchObject({ from: { present: true, value: '2.15.1' }, to: { present: true, value: '2.15.0' }, userSet: true });
    expect(agentTag?.message).toContain('your value "custom" is kept');
    const gatewayTag = r.defaultChanges.find((c) => c.path === 'gateway.imageTag');
    expect(gatewayTag?.userSet).toBe(false);
    expect(gatewayTag?.message).toContain("2.15.0's default applies");
  });

  test('keys added in a release show as "not in values.yaml" before it', () => {
    const r = compareVersions('2.8.0', '2.8.1', {});
    expect(r.downgrade).toBe(false);
    const added = r.defaultChanges.find((c) => c.path === 'agent.enableStatusFinalizers');
    expect(added).toMatchObject({ from: { present: false }, to: { present: true, value: true } });
    expect(added?.message).toContain('not in values.yaml in 2.8.0');
  });

  test('the default changes are exactly the differences of chartDefaults, for every pair of neighbouring releases', () => {
    const flatten = (v: unknown, prefix = ''): Map<string, string> => {
      const out = new Map<string, string>();
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) {
        for (const [k, c] of Object.entries(v)) for (const [p, s] of flatten(c, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
      } else out.set(prefix, JSON.stringify(v));
      return out;
    };
    for (let i = 1; i < CHART_VERSIONS.length; i += 1) {
      const from = CHART_VERSIONS[i - 1] as string;
      const to = CHART_VERSIONS[i] as string;
      const a = flatten(chartDefaults(from));
      const b = flatten(chartDefaults(to));
      const report = new Set(compareVersions(from, to, {}).defaultChanges.map((c) => c.path));
      for (const path of new Set([...a.keys(), ...b.keys()])) {
        if (a.get(path) === b.get(path)) continue;
        // A changed leaf of chartDefaults is a reported field, or lies under one (structured defaults).
        const covered = [...report].some((r) => path === r || path.startsWith(`${r}.`));
        // Or it is an empty group map that appeared or disappeared.
        const emptyMap = a.get(path) === '{}' || b.get(path) === '{}';
        expect(covered || emptyMap, `${from} → ${to}: ${path}`).toBe(true);
      }
    }
  });
});
