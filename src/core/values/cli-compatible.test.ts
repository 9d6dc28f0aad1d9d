import { describe, expect, test } from 'vitest';
import { cliCompatibleValues } from './cli-compatible';

const opts = { version: '2.15.1', namespace: 'ml', release: 'plx' };

describe('cliCompatibleValues', () => {
  test('adds what the CLI needs, as strings, first', () => {
    const { values, dropped } = cliCompatibleValues({}, opts);
    expect(values).toEqual({ deploymentChart: 'agent', deploymentVersion: '2.15.1', releaseName: 'plx', namespace: 'ml', agent: {} });
    expect(Object.keys(values)[0]).toBe('deploymentChart');
    expect(dropped).toEqual([]);
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
