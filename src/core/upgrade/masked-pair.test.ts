import { describe, expect, test } from 'vitest';
import { MASK_TEXT } from '../secrets/mask';
import { toYaml } from '../yaml/to-yaml';
import type { DeployedBaseline } from './baseline';
import { maskedPair, MASK_CHANGED } from './masked-pair';
import { diffLines, diffText } from './text-diff';
import { upgradePlan } from './upgrade-plan';

const OLD = 'old-token-1a2b3c4d5e6f';
const NEW = 'new-token-9z8y7x6w5v4u';
const AWS = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const s3 = (secret: string) => [{ name: 'store', kind: 's3', schema: { bucket: 's3://b' }, env: [{ name: 'AWS_SECRET_ACCESS_KEY', value: secret }] }];
const deployed = (values: DeployedBaseline['values'], extra: Partial<DeployedBaseline> = {}): DeployedBaseline => ({
  version: '2.15.1',
  source: 'helm command',
  release: 'plx',
  namespace: 'ml',
  values,
  ...extra,
});
const target = (values: DeployedBaseline['values']) => ({ version: '2.15.1', release: 'plx', namespace: 'ml', values });

describe('upgrade mode never shows a secret value', () => {
  test('an unchanged secret is masked the same on both sides: no change', () => {
    const pair = maskedPair({ agent: { token: OLD } }, { agent: { token: OLD } });
    expect(pair).toEqual({ before: { agent: { token: MASK_TEXT } }, after: { agent: { token: MASK_TEXT } } });
    expect(upgradePlan(deployed({ agent: { token: OLD } }), target({ agent: { token: OLD } })).changes).toEqual([]);
  });

  test('a changed secret shows that it changed, not what it was or is', () => {
    const plan = upgradePlan(deployed({ agent: { token: OLD }, connections: s3(AWS) }), target({ agent: { token: NEW }, connections: s3(`${AWS}X`) }));
    expect(plan.changes).toEqual([
      { path: 'agent.token', kind: 'changed', before: MASK_TEXT, after: MASK_CHANGED },
      { path: 'connections', kind: 'changed', before: s3(MASK_TEXT), after: s3(MASK_CHANGED) },
    ]);
    const text = JSON.stringify(plan);
    for (const secret of [OLD, NEW, AWS]) expect(text).not.toContain(secret);
  });

  test('an added or removed secret is masked', () => {
    const i = { instance: 'i' };
    expect(upgradePlan(deployed({ agent: i }), target({ agent: { ...i, token: NEW } })).changes).toEqual([{ path: 'agent.token', kind: 'added', after: MASK_TEXT }]);
    expect(upgradePlan(deployed({ agent: { ...i, token: OLD } }), target({ agent: i })).changes).toEqual([{ path: 'agent.token', kind: 'removed', before: MASK_TEXT }]);
    expect(upgradePlan(deployed({}), target({ agent: { token: NEW } })).changes).toEqual([{ path: 'agent', kind: 'added', after: { token: MASK_TEXT } }]);
  });

  test('secrets the stored baseline could not keep are not compared (nothing known to compare them with)', () => {
    const b = deployed(
      { agent: { instance: 'i' }, connections: s3('') },
      {
        leftOut: [
          ['agent', 'token'],
          ['connections', '0', 'env', '0', 'value'],
        ],
      },
    );
    const plan = upgradePlan(b, target({ agent: { instance: 'i', token: NEW }, connections: s3(AWS) }));
    expect(plan.changes).toEqual([]);
    const changed = upgradePlan(b, target({ agent: { instance: 'j', token: NEW }, connections: s3(AWS) }));
    expect(changed.changes).toEqual([{ path: 'agent.instance', kind: 'changed', before: 'i', after: 'j' }]);
  });

  test('the preview diff text masks both sides', () => {
    const pair = maskedPair({ agent: { token: OLD, instance: 'a' } }, { agent: { token: NEW, instance: 'b' } });
    const text = diffText(diffLines(toYaml(pair.before), toYaml(pair.after)));
    expect(text).not.toContain(OLD);
    expect(text).not.toContain(NEW);
    expect(text).toContain(MASK_CHANGED);
  });

  test('the inputs are not changed', () => {
    const before = { agent: { token: OLD }, connections: s3(AWS) };
    const after = { agent: { token: NEW } };
    const copy = structuredClone({ before, after });
    maskedPair(before, after, [['agent', 'token']]);
    expect({ before, after }).toEqual(copy);
  });
});
