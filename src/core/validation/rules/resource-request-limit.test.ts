import { describe, expect, test } from 'vitest';
import { form, ruleTable, runRule } from '../../../test-utils/rule-table';
import { resourceRequestLimit } from './resource-request-limit';

const res = (requests: Record<string, unknown>, limits: Record<string, unknown> = {}) => ({ resources: { requests, limits } });

describe('resource-request-limit', () => {
  ruleTable(resourceRequestLimit, [
    ['defaults: every request is within its limit', {}, []],
    ['agent CPU request above its limit', { agent: res({ cpu: '2' }, { cpu: '1000m' }) }, [['agent.resources.requests.cpu', 'error', 'above its limit (1000m']]],
    ['equal is fine', { agent: res({ cpu: '1', memory: '1Gi' }, { cpu: '1000m', memory: '1024Mi' }) }, []],
    ['gateway memory: 2Gi request over a 2G limit', { gateway: res({ memory: '2Gi' }, { memory: '2G' }) }, [['gateway.resources.requests.memory', 'error', 'Gateway memory request (2Gi)']]],
    [
      'operator both CPU and memory',
      { operator: res({ cpu: '3', memory: '9e9' }, { cpu: '2', memory: '8Gi' }) },
      [
        ['operator.resources.requests.cpu', 'error'],
        ['operator.resources.requests.memory', 'error'],
      ],
    ],
    ['e-notation under a decimal limit is fine', { operator: res({ memory: '8e9' }, { memory: '8G' }) }, []],
    ['cleaner', { cleaner: res({ cpu: '1500m' }) }, [['cleaner.resources.requests.cpu', 'error', '(1000m']]],
    ['notifier', { notifier: res({ memory: '3000Mi' }) }, [['notifier.resources.requests.memory', 'error']]],
    ['init container', { init: res({ cpu: '1.001' }) }, [['init.resources.requests.cpu', 'error']]],
    ['sidecar', { sidecar: res({ memory: '3Gi' }) }, [['sidecar.resources.requests.memory', 'error']]],
    ['a request with no limit is fine', { agent: { resources: { requests: { cpu: '64' }, limits: null } } }, []],
    ['an invalid quantity is left to the schema check', { agent: res({ cpu: 'lots' }, { cpu: '1' }) }, []],
    ['limitResources false: the chart drops agent, gateway and operator limits', { limitResources: false, agent: res({ cpu: '8' }), gateway: res({ cpu: '8' }) }, []],
    ['limitResources false still checks the runs’ containers', { limitResources: false, init: res({ cpu: '8' }) }, [['init.resources.requests.cpu', 'error']]],
  ]);

  test('the limit gate follows the release default (2.13.0 writes no limits by default)', () => {
    const values = form({ agent: res({ cpu: '8' }) }, '2.13.0');
    expect(runRule(resourceRequestLimit, values, '2.13.0')).toEqual([]);
    const on = form({ limitResources: true, agent: res({ cpu: '8' }) }, '2.13.0');
    expect(runRule(resourceRequestLimit, on, '2.13.0').map((p) => p.path)).toEqual(['agent.resources.requests.cpu']);
  });
});
