import { describe, expect, test } from 'vitest';
import { CHART_VERSIONS } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import type { Values } from '../../shared/values';
import { form } from '../../test-utils/rule-table';
import { cliProblems } from './cli-problems';

const brief = (patch: Values, version = '2.15.1') => cliProblems(form(patch, version), version).map((p) => [p.path, p.rule]);

describe('cliProblems', () => {
  test.each([...CHART_VERSIONS])('chart %s defaults: nothing for the CLI to reject (only changed keys are written)', (version) => {
    expect(cliProblems(chartDefaults(version), version)).toEqual([]);
  });

  const cases: Array<[name: string, patch: Values, expected: Array<[string, string]>]> = [
    ['a Helm-only key at its default: fine', { gateway: { routes: { gateway: true } } }, []],
    ['a Helm-only key changed', { gateway: { routes: { api: true } } }, [['gateway.routes', 'cli-rejected']]],
    ['a Helm-only key cleared (written as null)', { agent: { executorRefreshInterval: null } }, [['agent.executorRefreshInterval', 'cli-rejected']]],
    ['the legacy securityContext.user', { securityContext: { user: 1111 } }, [['securityContext.user', 'cli-rejected']]],
    ['a platform-only key', { redis: { enabled: true } }, [['redis', 'cli-platform-key']]],
    ['an unknown key', { timeZone: 'UTC' }, [['timeZone', 'cli-unknown-key']]],
    ['an unknown key inside a model', { agent: { labelz: { a: 'b' } } }, [['agent.labelz', 'cli-unknown-key']]],
    ['unknown keys where the CLI ignores or allows them: fine', { ingress: { foo: 1 }, gateway: { service: { extra: 'x' } }, dns: { other: 'y' } }, []],
    ['keys the CLI accepts but the chart ignores: fine', { defaultScheduling: { nodeSelector: {} }, agent: { replicas: 2 } }, []],
    ['a quoted port (StrictInt)', { gateway: { service: { port: '80' } } }, [['gateway.service.port', 'cli-strict-type']]],
    ['an unquoted version (StrictStr)', { deploymentVersion: 2.15 }, [['deploymentVersion', 'cli-strict-type']]],
    ['a boolean node selector value', { nodeSelector: { gpu: true } }, [['nodeSelector', 'cli-strict-type']]],
    ['a number in a string list', { imagePullSecrets: ['regcred', 1] }, [['imagePullSecrets', 'cli-strict-type']]],
    ['ingress keys the CLI ignores are not type-checked', { ingress: { labels: { a: 1 } } }, []],
    ['deploymentChart unset', { deploymentChart: null }, [['deploymentChart', 'cli-deployment-chart']]],
    ['deploymentChart platform', { deploymentChart: 'platform' }, [['deploymentChart', 'cli-deployment-chart']]],
    ['a numeric file mode in a connection', { connections: [{ name: 'a', kind: 'ssh', secret: { name: 'key', defaultMode: 384 } }] }, [['connections', 'cli-connection-fields']]],
    // CLI 2.15.1 (vents 0.7.3) accepts isAlias, and the chart reads it (interop parity row connection-is-alias).
    ['a connection alias: fine', { connections: [{ name: 'a', kind: 's3', schema: { bucket: 's3://a' }, isAlias: true }] }, []],
    // The chart's Kubernetes EnvVar list; CLI 2.15.1 wants a map or [name, value] pairs (interop parity row connection-env-list).
    [
      'a connection env (Kubernetes list)',
      { connections: [{ name: 'data', kind: 's3', schema: { bucket: 's3://data' }, env: [{ name: 'AWS_REGION', value: 'eu-west-1' }] }] },
      [['connections', 'cli-connection-env']],
    ],
    [
      'an artifacts store env with valueFrom',
      { artifactsStore: { name: 'store', kind: 's3', schema: { bucket: 's3://b' }, env: [{ name: 'KEY', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }] } },
      [['artifactsStore', 'cli-connection-env']],
    ],
    ['an emptied env list: fine', { connections: [{ name: 'data', kind: 's3', schema: { bucket: 's3://data' }, env: [] }] }, []],
    ['an artifacts store alias: fine', { artifactsStore: { name: 'store', kind: 's3', schema: { bucket: 's3://b' }, isAlias: false } }, []],
  ];
  test.each(cases)('%s', (_name, patch, expected) => {
    expect(brief(patch)).toEqual(expected);
  });

  test('every problem is an error with a cli- rule and a message naming the key', () => {
    const problems = cliProblems(form({ timeZone: 'UTC', gateway: { routes: { api: true } }, deploymentVersion: 2 }), '2.15.1');
    expect(problems.length).toBe(3);
    for (const p of problems) {
      expect(p.severity).toBe('error');
      expect(p.rule.startsWith('cli-')).toBe(true);
    }
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('Quote it: "2"'), expect.stringContaining('`gateway.routes`'), expect.stringContaining('`timeZone`')]);
  });

  test('a Kubernetes-style connection env: one error per connection, naming it and saying what the CLI takes', () => {
    const env = [
      { name: 'A', value: 'a' },
      { name: 'B', value: 'b' },
    ];
    const problems = cliProblems(
      form({
        connections: [
          { name: 'plain', kind: 'git' },
          { name: 'data', kind: 's3', schema: { bucket: 's3://data' }, env },
        ],
      }),
      '2.15.1',
    );
    expect(problems).toEqual([{ path: 'connections', severity: 'error', rule: 'cli-connection-env', message: expect.stringContaining('Connection 2 (data): env is a Kubernetes list') }]);
    expect(problems[0]?.message).toContain('map (NAME: value) or as [name, value] pairs');
    expect(problems[0]?.message).toContain('install with Helm');
  });

  describe('emptied resource quantities (CLI 2.15.1 wants strings; a null block passes; sidecar.resources is a free dict)', () => {
    const resourceCases: Array<[name: string, patch: Values, expected: Array<[string, string]>]> = [
      ['agent CPU request emptied', { agent: { resources: { requests: { cpu: null } } } }, [['agent.resources.requests.cpu', 'cli-resource-null']]],
      ['gateway memory limit emptied', { gateway: { resources: { limits: { memory: null } } } }, [['gateway.resources.limits.memory', 'cli-resource-null']]],
      ['operator CPU limit emptied', { operator: { resources: { limits: { cpu: null } } } }, [['operator.resources.limits.cpu', 'cli-resource-null']]],
      [
        'notifier, cleaner and init requests emptied one by one',
        { notifier: { resources: { requests: { cpu: null } } }, cleaner: { resources: { requests: { memory: null } } }, init: { resources: { limits: { cpu: null } } } },
        [
          ['notifier.resources.requests.cpu', 'cli-resource-null'],
          ['cleaner.resources.requests.memory', 'cli-resource-null'],
          ['init.resources.limits.cpu', 'cli-resource-null'],
        ],
      ],
      ['sidecar CPU request emptied: fine (a free dict for the CLI)', { sidecar: { resources: { requests: { cpu: null } } } }, []],
      ['every agent request emptied: fine (written as requests: null)', { agent: { resources: { requests: { cpu: null, memory: null } } } }, []],
      [
        'a whole block emptied next to a single emptied quantity',
        { agent: { resources: { limits: { cpu: null, memory: null }, requests: { memory: null } } } },
        [['agent.resources.requests.memory', 'cli-resource-null']],
      ],
      ['a changed quantity: fine', { agent: { resources: { requests: { cpu: '250m' } } } }, []],
    ];
    test.each(resourceCases)('%s', (_name, patch, expected) => {
      expect(brief(patch)).toEqual(expected);
    });

    test('the message names the field, says why and what works', () => {
      const [p] = cliProblems(form({ agent: { resources: { requests: { cpu: null } } } }), '2.15.1');
      expect(p?.severity).toBe('error');
      expect(p?.message).toContain('Agent CPU request (`agent.resources.requests.cpu`) is emptied');
      expect(p?.message).toContain('cannot remove a single resource default');
      expect(p?.message).toContain('Set a quantity (e.g. 100m)');
      expect(p?.message).toContain('empty every value of Agent resource requests');
      expect(p?.message).toContain('install with Helm');
    });
  });

  test('a key the CLI rejects is reported whenever it is written, in any release', () => {
    // operators.paddlejob is a chart key up to 2.11.1 (default false); CLI 2.15.1 has no such field.
    expect(brief({ operators: { paddlejob: false } }, '2.10.0')).toEqual([]);
    expect(brief({ operators: { paddlejob: true } }, '2.10.0')).toEqual([['operators.paddlejob', 'cli-rejected']]);
    expect(brief({ operators: { paddlejob: false } }, '2.15.1')).toEqual([['operators.paddlejob', 'cli-rejected']]);
  });
});
