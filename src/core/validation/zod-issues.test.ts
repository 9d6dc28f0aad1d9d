import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { normalizeValues } from '../values/normalize';
import type { Values } from '../../shared/values';
import { form } from '../../test-utils/rule-table';
import { schemaIssues, schemaProblems } from './zod-issues';

/** Schema problems of the chart defaults with a patch, as [path, message]. */
function problems(patch: Values): Array<[string, string]> {
  return schemaProblems(normalizeValues(form(patch))).map((p) => [p.path, p.message]);
}

describe('zod issues map to the field that owns them', () => {
  const cases: Array<[name: string, patch: Values, path: string, message: string | RegExp]> = [
    [
      'a toleration item field names the item (1-based)',
      {
        tolerations: [
          { key: 'a', operator: 'Equal', value: 'b' },
          { key: 'a', operator: 'Is' },
        ],
      },
      'tolerations',
      'Toleration 2: operator must be Exists or Equal',
    ],
    ['a per-component toleration names the field too', { agent: { tolerations: [{ operator: 'Maybe' }] } }, 'agent.tolerations', /^Agent tolerations, toleration 1: operator must be Exists or Equal$/],
    [
      'a refinement inside an item keeps the schema message',
      { tolerations: [{ operator: 'Exists', value: 'x' }] },
      'tolerations',
      'Toleration 1: value: A toleration with operator Exists must not have a value',
    ],
    ['an unknown key in a strict item', { tolerations: [{ operator: 'Exists', operatr: 'x' }] }, 'tolerations', 'Toleration 1 has unknown key `operatr`'],
    ['a TLS entry', { ingress: { tls: [{ secretName: 'Bad_Name', hosts: ['a.b'] }] } }, 'ingress.tls', 'TLS entry 1: secretName: A Kubernetes Secret name (lower-case DNS subdomain)'],
    ['a map value names its key', { nodeSelector: { gpu: true } }, 'nodeSelector', /^Node selector, key "gpu": /],
    ['a connection item names itself', { connections: [{ name: 'data', kind: 's3', schema: {} }] }, 'connections', 'Connection 1 (data): schema.bucket: A s3 connection needs schema.bucket'],
    ['a connection with a missing kind', { connections: [{ name: 'data' }] }, 'connections', 'Connection 1 (data): kind is required'],
    ['inside a single structured value', { artifactsStore: { name: 'store', kind: 'gcs' } }, 'artifactsStore', 'Artifacts store: schema.bucket: A gcs connection needs schema.bucket'],
    ['a plain leaf keeps the schema message', { gateway: { service: { port: 0 } } }, 'gateway.service.port', 'Service port: At least 1'],
    ['an enum leaf lists its values', { gateway: { service: { type: 'nodeport' } } }, 'gateway.service.type', 'Service type must be ClusterIP, NodePort or LoadBalancer'],
    ['a string leaf given a number', { deploymentVersion: 2.15 }, 'deploymentVersion', 'Deployment version must be text'],
    ['a group given a scalar', { ingress: 'yes' }, 'ingress', 'Ingress must be a map'],
  ];
  test.each(cases)('%s', (_name, patch, path, message) => {
    const found = problems(patch).filter(([p]) => p === path);
    expect(found.length, JSON.stringify(problems(patch))).toBeGreaterThan(0);
    const messages = found.map(([, m]) => m);
    if (typeof message === 'string') expect(messages).toContain(message);
    else
      expect(
        messages.some((m) => message.test(m)),
        messages.join('\n'),
      ).toBe(true);
  });

  test('subPath says where inside the field: the item index, then its keys', () => {
    const located = (patch: Values) => schemaProblems(normalizeValues(form(patch))).map((p) => [p.path, p.subPath, p.message]);
    expect(
      located({
        tolerations: [
          { key: 'a', operator: 'Equal', value: 'b' },
          { key: 'a', operator: 'Is' },
        ],
      }),
    ).toEqual([['tolerations', '1.operator', 'Toleration 2: operator must be Exists or Equal']]);
    expect(located({ ingress: { tls: [{ secretName: 'polyaxon-tls', hosts: ['ok.acme.com', 5] }] } })).toContainEqual(['ingress.tls', '0.hosts.1', expect.stringMatching(/^TLS entry 1: /)]);
    expect(located({ artifactsStore: { name: 'store', kind: 'gcs' } })).toContainEqual(['artifactsStore', 'schema.bucket', expect.stringMatching(/^Artifacts store: /)]);
    // On the whole value: no subPath.
    expect(located({ gateway: { service: { port: 0 } } })).toEqual([['gateway.service.port', undefined, 'Service port: At least 1']]);
  });

  test('the chart defaults of the newest release have no schema problems', () => {
    expect(problems({})).toEqual([]);
  });

  test('issue references use * for list indexes', () => {
    const refs = schemaIssues(normalizeValues(form({ tolerations: [{}, { operator: 'x' }] }))).map((s) => s.issue);
    expect(refs).toContainEqual({ path: 'tolerations.*.operator', code: 'invalid_value' });
  });
});

describe('zod issue phrasing, on a small schema', () => {
  const schema = z.object({
    n: z.number().int().min(2).optional(),
    s: z.string().regex(/^a+$/).optional(),
    u: z.union([z.number(), z.string()]).optional(),
    l: z.array(z.string()).min(1).optional(),
  });
  const cases: Array<[Values, string]> = [
    [{ n: 1 }, '`n` must be at least 2'],
    [{ n: 2.5 }, '`n` must be a whole number'],
    [{ s: 'b' }, '`s` has an invalid format'],
    [{ u: true }, '`u` must be a number or text'],
    [{ l: [] }, '`l` needs at least 1 item'],
    [{ l: [1] }, '`l #1` must be text'],
  ];
  test.each(cases)('%j', (values, message) => {
    expect(schemaProblems(values, schema).map((p) => p.message)).toEqual([message]);
  });
});
