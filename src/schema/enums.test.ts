import { describe, expect, test } from 'vitest';
import { allFields, allNodes } from './defaults';
import { CONNECTION_KIND_NAMES } from './keys/connection';
import { TAINT_EFFECTS, TOLERATION_OPERATORS } from './keys/scheduling';
import { valuesSchema } from './values-schema';

function optionsOf(id: string): readonly string[] | undefined {
  const node = allNodes().find((n) => n.id === id);
  if (!node) throw new Error(`${id} is not in the schema`);
  return node.meta.kind === 'field' ? node.meta.options : undefined;
}

const PULL_POLICY = ['Always', 'IfNotPresent', 'Never'];

const EXPECTED: Record<string, readonly string[]> = {
  'gateway.service.type': ['ClusterIP', 'NodePort', 'LoadBalancer'],
  'gateway.service.scheme': ['HTTP', 'HTTPS'],
  'ingress.pathType': ['Prefix', 'Exact', 'ImplementationSpecific'],
  'securityContext.fsGroupChangePolicy': ['OnRootMismatch', 'Always'],
  'proxy.kind': ['transparent', 'connect'],
  'proxy.protocol': ['http', 'https'],
  'dns.backend': ['kube-dns', 'coredns'],
  logLevel: ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'],
  deploymentChart: ['agent', 'platform', 'gateway'],
  deploymentType: ['kubernetes', 'minikube', 'microk8s', 'docker-compose', 'docker', 'heroku'],
};

describe('enums', () => {
  test.each(Object.entries(EXPECTED))('%s offers exactly its allowed values', (id, values) => {
    expect([...(optionsOf(id) ?? [])].sort()).toEqual([...values].sort());
    const path = id.split('.');
    const wrap = (v: unknown) => path.reduceRight<unknown>((acc, key) => ({ [key]: acc }), v) as Record<string, unknown>;
    for (const v of values) expect(valuesSchema.safeParse(wrap(v)).success, `${id}=${v}`).toBe(true);
    expect(valuesSchema.safeParse(wrap(`${values[0]}x`)).success).toBe(false);
    expect(valuesSchema.safeParse(wrap(values[0]?.toLowerCase() === values[0] ? values[0]?.toUpperCase() : values[0]?.toLowerCase())).success).toBe(false);
  });

  test('every imagePullPolicy is Always/IfNotPresent/Never', () => {
    const policies = allFields().filter((f) => f.path[f.path.length - 1] === 'imagePullPolicy');
    expect(policies.length).toBe(8);
    for (const f of policies) expect(f.meta.options, f.id).toEqual(PULL_POLICY);
  });

  test('43 connection kinds, validated on connections', () => {
    expect(CONNECTION_KIND_NAMES).toHaveLength(43);
    expect(new Set(CONNECTION_KIND_NAMES).size).toBe(43);
    expect(valuesSchema.safeParse({ connections: [{ name: 'n', kind: 'S3', schema: { bucket: 's3://b' } }] }).success).toBe(false);
    expect(valuesSchema.safeParse({ connections: [{ name: 'n', kind: 'custom' }] }).success).toBe(true);
  });

  test('toleration operators and effects', () => {
    expect(TOLERATION_OPERATORS).toEqual(['Exists', 'Equal']);
    expect(TAINT_EFFECTS).toEqual(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
    for (const effect of TAINT_EFFECTS) {
      expect(valuesSchema.safeParse({ tolerations: [{ key: 'k', operator: 'Equal', value: 'v', effect }] }).success).toBe(true);
    }
    expect(valuesSchema.safeParse({ tolerations: [{ key: 'k', operator: 'equal', value: 'v' }] }).success).toBe(false);
    expect(valuesSchema.safeParse({ tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoRun' }] }).success).toBe(false);
  });
});
