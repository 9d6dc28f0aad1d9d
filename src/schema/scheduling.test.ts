import { describe, expect, test } from 'vitest';
import { DEFAULT_AFFINITY, affinitySchema, tolerationSchema } from './keys/scheduling';
import { valuesSchema } from './values-schema';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => (r.success ? [] : (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`));

describe('tolerations', () => {
  test('valid tolerations pass', () => {
    for (const t of [
      { key: 'dedicated', operator: 'Equal', value: 'polyaxon', effect: 'NoSchedule' },
      { key: 'gpu', operator: 'Exists' },
      { operator: 'Exists' },
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'k', value: 'v' },
    ]) {
      expect(issues(tolerationSchema.safeParse(t)), JSON.stringify(t)).toEqual([]);
    }
  });

  test('operator Exists must have no value', () => {
    expect(issues(tolerationSchema.safeParse({ key: 'k', operator: 'Exists', value: 'v' }))).toEqual(['value: A toleration with operator Exists must not have a value']);
  });

  test('tolerationSeconds only with NoExecute, and an integer', () => {
    expect(issues(tolerationSchema.safeParse({ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 5 }))).toEqual([
      'tolerationSeconds: tolerationSeconds is only allowed with effect NoExecute',
    ]);
    expect(tolerationSchema.safeParse({ key: 'k', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 1.5 }).success).toBe(false);
    expect(tolerationSchema.safeParse({ key: 'k', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: '60' }).success).toBe(false);
  });

  test('an empty key needs operator Exists; unknown keys are rejected', () => {
    expect(tolerationSchema.safeParse({ operator: 'Equal', value: 'x' }).success).toBe(false);
    expect(tolerationSchema.safeParse({ key: 'k', operatr: 'Exists' }).success).toBe(false);
  });

  test('per-component tolerations use the same rules', () => {
    expect(valuesSchema.safeParse({ agent: { tolerations: [{ key: 'k', operator: 'Exists', value: 'v' }] } }).success).toBe(false);
    expect(valuesSchema.safeParse({ notifier: { tolerations: [{ key: 'k', operator: 'Exists' }] } }).success).toBe(true);
  });
});

describe('affinity', () => {
  test('the chart default is a valid affinity', () => {
    expect(issues(affinitySchema().safeParse(DEFAULT_AFFINITY))).toEqual([]);
  });

  test('unknown top-level keys are rejected', () => {
    expect(affinitySchema().safeParse({ podAffinty: {} }).success).toBe(false);
    expect(affinitySchema().safeParse({}).success).toBe(true);
  });

  test('node affinity and anti-affinity shapes', () => {
    const ok = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'pool', operator: 'In', values: ['polyaxon'] }] }],
        },
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, preference: { matchExpressions: [{ key: 'gpu', operator: 'Exists' }] } }],
      },
      podAntiAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { 'app.kubernetes.io/part-of': 'polyaxon-core' } }, topologyKey: 'kubernetes.io/hostname' }],
      },
    };
    expect(issues(affinitySchema().safeParse(ok))).toEqual([]);
    expect(affinitySchema().safeParse({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: {} }] } }).success).toBe(false);
    expect(affinitySchema().safeParse({ nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 101, preference: {} }] } }).success).toBe(false);
    expect(
      affinitySchema().safeParse({
        nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'a', operator: 'In' }] }] } },
      }).success,
    ).toBe(false);
  });
});
