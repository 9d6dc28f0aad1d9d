import { describe, expect, test } from 'vitest';
import type { DeployedBaseline } from './baseline';
import { upgradePlan, type UpgradeTarget } from './upgrade-plan';
import { diffLines, diffText } from './text-diff';
import { diffValues } from './values-diff';

const V = '2.15.1';
const base = (values: DeployedBaseline['values'], extra: Partial<DeployedBaseline> = {}): DeployedBaseline => ({
  version: V,
  values,
  release: 'plx',
  namespace: 'ml',
  source: 'helm command',
  ...extra,
});
const target = (values: UpgradeTarget['values'], extra: Partial<UpgradeTarget> = {}): UpgradeTarget => ({ version: V, values, release: 'plx', namespace: 'ml', ...extra });
const ids = (b: DeployedBaseline, t: UpgradeTarget) => upgradePlan(b, t).impacts.map((i) => i.id);

describe('diffValues', () => {
  test('added, removed and changed leaves; lists compare whole', () => {
    expect(
      diffValues(
        { timezone: 'UTC', ingress: { enabled: true, hostName: 'a' }, tolerations: [{ key: 'x' }], agent: { instance: 'i' } },
        { timezone: 'Europe/Berlin', ingress: { enabled: true }, tolerations: [{ key: 'y' }], agent: { instance: 'i', token: 't' } },
      ),
    ).toEqual([
      { path: 'timezone', kind: 'changed', before: 'UTC', after: 'Europe/Berlin' },
      { path: 'ingress.hostName', kind: 'removed', before: 'a' },
      { path: 'tolerations', kind: 'changed', before: [{ key: 'x' }], after: [{ key: 'y' }] },
      { path: 'agent.token', kind: 'added', after: 't' },
    ]);
  });

  test('a map replaced by null (a removed default) is one change', () => {
    expect(diffValues({ affinity: { a: 1 } }, { affinity: null })).toEqual([{ path: 'affinity', kind: 'changed', before: { a: 1 }, after: null }]);
  });

  test('no changes, no diff', () => {
    expect(diffValues({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });
});

describe('upgradePlan: impacts', () => {
  const fixed = { polyaxonSecret: 's', internalToken: 't' };
  test.each<[string, DeployedBaseline, UpgradeTarget, string[]]>([
    ['nothing changed: nothing to say', base(fixed), target(fixed), []],
    ['a value changes: pods restart', base(fixed), target({ ...fixed, timezone: 'UTC' }), ['restart']],
    ['random secrets: every upgrade restarts', base({}), target({ timezone: 'UTC' }), ['restart', 'random-secrets']],
    ['another release', base(fixed), target(fixed, { release: 'polyaxon' }), ['release']],
    ['another namespace', base(fixed), target(fixed, { namespace: 'polyaxon' }), ['namespace']],
    ['a new chart release', base(fixed, { version: '2.14.0' }), target(fixed), ['chart-version', 'restart']],
    ['skipCRD turned on deletes the CRDs', base(fixed), target({ ...fixed, operator: { skipCRD: true } }), ['crds', 'restart']],
    ['operator disabled deletes the CRDs', base(fixed), target({ ...fixed, operator: { enabled: false } }), ['crds', 'restart']],
    ['cluster mode on', base(fixed), target({ ...fixed, agent: { additionalNamespaces: ['a'] } }), ['rbac-mode', 'restart']],
    ['service type', base({ ...fixed, gateway: { service: { type: 'LoadBalancer' } } }), target(fixed), ['service-address', 'restart']],
    ['ingress host', base({ ...fixed, ingress: { enabled: true, hostName: 'a.io' } }), target({ ...fixed, ingress: { enabled: true, hostName: 'b.io' } }), ['ingress-address', 'restart']],
    ['an unnamed release and namespace are not compared', base(fixed, { release: undefined, namespace: undefined }), target(fixed, { release: 'x', namespace: 'y' }), []],
  ])('%s', (_, b, t, expected) => {
    expect(ids(b, t)).toEqual(expected);
  });

  test('messages name the releases and the released load balancer', () => {
    expect(upgradePlan(base({}), target({}, { release: 'polyaxon' })).impacts[0]?.message).toContain('installs a second release beside it');
    const lb = upgradePlan(base({ gateway: { service: { type: 'LoadBalancer' } } }), target({})).impacts.find((i) => i.id === 'service-address');
    expect(lb?.message).toContain('external address are released');
    expect(lb?.paths).toEqual(['gateway.service.type']);
  });
});

describe('diffLines', () => {
  test('kept, removed and added lines in order', () => {
    const lines = diffLines('a: 1\nb: 2\nc: 3\n', 'a: 1\nb: 5\nc: 3\nd: 4\n');
    expect(diffText(lines)).toBe('  a: 1\n- b: 2\n+ b: 5\n  c: 3\n+ d: 4\n');
  });

  test('empty sides', () => {
    expect(diffText(diffLines('', 'a: 1\n'))).toBe('+ a: 1\n');
    expect(diffText(diffLines('a: 1\n', ''))).toBe('- a: 1\n');
    expect(diffText(diffLines('', ''))).toBe('');
  });
});
