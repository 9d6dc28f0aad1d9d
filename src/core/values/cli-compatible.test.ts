import { describe, expect, test } from 'vitest';
import { chartDefaults } from '../../schema/defaults';
import { cliCompatibleValues } from './cli-compatible';
import { helmMerge, mergeUserValues } from './helm-merge';
import { computeValues } from './output';
import type { Values } from '../../shared/values';

const opts = { version: '2.15.1', namespace: 'ml', release: 'plx' };

/** changed/full for a user patch over the 2.15.1 defaults, as the builder computes them. */
function computed(patch: Values) {
  return computeValues(mergeUserValues(chartDefaults('2.15.1'), patch), '2.15.1');
}

describe('cliCompatibleValues', () => {
  test('adds what the CLI needs, as strings, first', () => {
    const { values, dropped, added, nulledBlocks } = cliCompatibleValues({}, opts);
    expect(values).toEqual({ deploymentChart: 'agent', deploymentVersion: '2.15.1', releaseName: 'plx', namespace: 'ml', agent: {} });
    expect(Object.keys(values)[0]).toBe('deploymentChart');
    expect(dropped).toEqual([]);
    expect(added).toEqual([]);
    expect(nulledBlocks).toEqual([]);
  });

  test('keeps accepted keys and leaves out Helm-only ones, pruning emptied maps', () => {
    const { values, dropped } = cliCompatibleValues(
      {
        agent: { instance: 'acme.agents.1', executorRefreshInterval: 60 },
        operator: { leaderElection: true },
        timezone: 'Europe/Berlin',
      },
      opts,
    );
    expect(values.agent).toEqual({ instance: 'acme.agents.1' });
    expect(values.operator).toBeUndefined();
    expect(values.timezone).toBe('Europe/Berlin');
    expect(dropped).toEqual(expect.arrayContaining(['agent.executorRefreshInterval', 'operator.leaderElection']));
  });

  test('reports keys the schema does not know', () => {
    const { unknown, values } = cliCompatibleValues({ somethingElse: 1 }, opts);
    expect(unknown).toEqual(['somethingElse']);
    expect(values.somethingElse).toBe(1);
  });
});

describe('cliCompatibleValues: runAsUser and runAsGroup are written together (the CLI checks the pair on the file alone)', () => {
  const cases: Array<[name: string, patch: Values, expected: Values, added: string[]]> = [
    [
      'only runAsGroup changed: runAsUser at the chart default joins it',
      { securityContext: { enabled: true, runAsGroup: 3000 } },
      { enabled: true, runAsUser: 2222, runAsGroup: 3000 },
      ['securityContext.runAsUser'],
    ],
    ['only runAsUser changed: runAsGroup joins it', { securityContext: { runAsUser: 1000 } }, { runAsUser: 1000, runAsGroup: 2222 }, ['securityContext.runAsGroup']],
    ['both changed: nothing to add', { securityContext: { runAsUser: 1000, runAsGroup: 1000 } }, { runAsUser: 1000, runAsGroup: 1000 }, []],
    ['both emptied: both null, nothing to add', { securityContext: { runAsUser: null, runAsGroup: null } }, { runAsUser: null, runAsGroup: null }, []],
    // validateValues reports this one (security-context-pair); the file shows the CLI the same half-set pair.
    ['runAsGroup emptied: runAsUser joins the null', { securityContext: { runAsGroup: null } }, { runAsUser: 2222, runAsGroup: null }, ['securityContext.runAsUser']],
    ['other securityContext keys only: the pair is not written', { securityContext: { enabled: true, fsGroup: 3000 } }, { enabled: true, fsGroup: 3000 }, []],
  ];

  test.each(cases)('%s', (_name, patch, expected, added) => {
    const { changed, full } = computed(patch);
    const withFull = cliCompatibleValues(changed, { ...opts, full });
    expect(withFull.values.securityContext).toEqual(expected);
    expect(withFull.added).toEqual(added);
    // Without `full` (older call sites) the merged values come from the chart defaults: same file.
    expect(cliCompatibleValues(changed, opts)).toEqual(withFull);
    // Helm renders the same securityContext from the file as from the builder's values.
    expect(helmMerge(chartDefaults('2.15.1'), withFull.values).securityContext).toEqual(full.securityContext);
  });

  test('the other value comes from the full values passed in', () => {
    const full = mergeUserValues(chartDefaults('2.15.1'), { securityContext: { runAsUser: 4242, runAsGroup: 3000 } });
    const { values } = cliCompatibleValues({ securityContext: { runAsGroup: 3000 } }, { ...opts, full });
    expect(values.securityContext).toEqual({ runAsUser: 4242, runAsGroup: 3000 });
  });

  test('a legacy securityContext.user is still left out and does not count as runAsUser', () => {
    const { changed, full } = computed({ securityContext: { user: 1000 } });
    const { values, dropped, added } = cliCompatibleValues(changed, { ...opts, full });
    expect(values.securityContext).toBeUndefined();
    expect(dropped).toEqual(['securityContext.user']);
    expect(added).toEqual([]);
  });
});

describe('cliCompatibleValues: a fully emptied resource block is written as null (the CLI rejects null quantities)', () => {
  test('every agent request emptied: requests: null; Helm renders no requests instead of requests: {}', () => {
    const { changed, full } = computed({ agent: { resources: { requests: { cpu: null, memory: null } } } });
    expect(changed.agent).toEqual({ resources: { requests: { cpu: null, memory: null } } });
    const { values, nulledBlocks } = cliCompatibleValues(changed, { ...opts, full });
    expect(values.agent).toEqual({ resources: { requests: null } });
    expect(nulledBlocks).toEqual(['agent.resources.requests']);
    const rendered = helmMerge(chartDefaults('2.15.1'), values).agent as Values;
    expect((full.agent as Values).resources).toEqual({ limits: { cpu: '500m', memory: '2000Mi' }, requests: {} });
    expect(rendered.resources).toEqual({ limits: { cpu: '500m', memory: '2000Mi' } });
    expect(cliCompatibleValues(changed, opts)).toEqual(cliCompatibleValues(changed, { ...opts, full }));
  });

  test('each CLI-typed component, limits and requests', () => {
    const empty = { cpu: null, memory: null };
    const owners = ['gateway', 'agent', 'operator', 'notifier', 'cleaner', 'init'];
    const { changed, full } = computed(Object.fromEntries(owners.map((o) => [o, { resources: { limits: empty, requests: empty } }])));
    const { values, nulledBlocks } = cliCompatibleValues(changed, { ...opts, full });
    for (const o of owners) expect((values[o] as Values).resources, o).toEqual({ limits: null, requests: null });
    expect(nulledBlocks).toHaveLength(owners.length * 2);
  });

  test('one quantity emptied, the other kept: left as is (cliProblems reports it)', () => {
    const { changed, full } = computed({ agent: { resources: { requests: { cpu: null } } } });
    const { values, nulledBlocks } = cliCompatibleValues(changed, { ...opts, full });
    expect(values.agent).toEqual({ resources: { requests: { cpu: null } } });
    expect(nulledBlocks).toEqual([]);
  });

  test('sidecar.resources (a free dict for the CLI) keeps its null quantities', () => {
    const { changed, full } = computed({ sidecar: { resources: { requests: { cpu: null, memory: null } } } });
    const { values, nulledBlocks } = cliCompatibleValues(changed, { ...opts, full });
    expect(values.sidecar).toEqual({ resources: { requests: { cpu: null, memory: null } } });
    expect(nulledBlocks).toEqual([]);
  });

  test('a block whose nulls leave another quantity in the rendered values is not nulled', () => {
    const full = mergeUserValues(chartDefaults('2.15.1'), { agent: { resources: { requests: { 'nvidia.com/gpu': '1' } } } });
    const { values } = cliCompatibleValues({ agent: { resources: { requests: { cpu: null, memory: null } } } }, { ...opts, full });
    expect(values.agent).toEqual({ resources: { requests: { cpu: null, memory: null } } });
  });
});
