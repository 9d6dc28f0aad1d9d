import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { CHART_VERSIONS } from '../../schema/chart-versions';
import { allFields, allNodes, chartDefaults } from '../../schema/defaults';
import { schemaOrderOf } from '../fields/node-index';
import { mergeUserValues } from '../values/helm-merge';
import { normalizeValues } from '../values/normalize';
import type { Values } from '../../shared/values';
import { form } from '../../test-utils/rule-table';
import { countBySeverity, problemsByPath, validateValues, type Problem } from './validate';

const AUTH = { agent: { token: 'token-value', instance: 'acme.agents.0f2b9c1d4e5f40718293a4b5c6d7e8f9' } };
const brief = (ps: Problem[]) => ps.map((p) => [p.path, p.severity, p.rule]);

describe('validateValues on the chart defaults', () => {
  test.each([...CHART_VERSIONS])('chart %s: no errors or warnings; notes only for the missing agent token and instance', (version) => {
    const problems = validateValues(chartDefaults(version), version);
    expect(problems.filter((p) => p.severity !== 'note')).toEqual([]);
    expect(problems.map((p) => p.rule).sort()).toEqual(['agent-auth', 'agent-instance']);
    expect(validateValues(mergeUserValues(chartDefaults(version), AUTH), version)).toEqual([]);
  });
});

describe('validateValues', () => {
  test('schema and rule problems together, in schema order, errors first on a field', () => {
    const values = form({
      ...AUTH,
      deploymentVersion: '2.14.0',
      ingress: { enabled: true, hostName: '' },
      gateway: { service: { type: 'LoadBalancer', port: '80' } },
      securityContext: { runAsGroup: null },
    });
    const problems = validateValues(values, '2.15.1');
    expect(brief(problems)).toEqual([
      ['deploymentVersion', 'warning', 'deployment-version'],
      ['ingress.hostName', 'error', 'ingress-host-required'],
      ['gateway.service.type', 'warning', 'ingress-service-type'],
      ['gateway.service.port', 'error', 'zod'],
      ['securityContext.runAsGroup', 'error', 'security-context-pair'],
    ]);
    const orders = problems.map((p) => schemaOrderOf(p.path));
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
  });

  test('a rule that explains a schema issue better replaces it on that field', () => {
    const host = validateValues(form({ ...AUTH, externalServices: { api: { host: 'https://cloud.polyaxon.com' } } }), '2.15.1');
    expect(brief(host)).toEqual([['externalServices.api.host', 'error', 'external-host']]);

    const port = validateValues(form({ ...AUTH, gateway: { service: { type: 'NodePort', nodePort: 80 } } }), '2.15.1');
    expect(brief(port)).toEqual([['gateway.service.nodePort', 'error', 'node-port-range']]);

    const store = validateValues(form({ ...AUTH, artifactsStore: { name: 'store', kind: 'git' } }), '2.15.1');
    expect(brief(store)).toEqual([['artifactsStore', 'error', 'artifacts-store-kind']]);
  });

  test('superseding drops only the matching schema issues', () => {
    const s3 = (name: string) => ({ name, kind: 's3', schema: { bucket: 's3://b' } });
    const problems = validateValues(form({ ...AUTH, connections: [s3('a'), s3('a'), s3('Bad_Name')] }), '2.15.1');
    expect(brief(problems)).toEqual([
      ['connections', 'error', 'zod'],
      ['connections', 'error', 'connection-names-unique'],
    ]);
    expect(problems[0]?.message).toMatch(/^Connection 3 \(Bad_Name\): name: /);
  });

  test('the form’s empty inputs count as unset', () => {
    const values = form({ ...AUTH, ingress: { enabled: true, hostName: 'polyaxon.acme.com', path: '', annotations: {} } });
    expect(validateValues(values, '2.15.1')).toEqual([]);
  });

  test('keys of another release and unknown keys are warnings', () => {
    const values = form({ ...AUTH, timeZone: 'Europe/Berlin', operators: { paddlejob: true } });
    expect(brief(validateValues(values, '2.15.1'))).toEqual([
      ['operators.paddlejob', 'warning', 'not-read-by-chart'],
      ['timeZone', 'warning', 'not-read-by-chart'],
    ]);
  });

  const fixture = path.resolve(__dirname, '../../../../shared/fixtures/realistic-override.yaml');
  test.skipIf(!existsSync(fixture))('the realistic override from /work/shared: no errors; the instance format and legacy keys are questioned', () => {
    const user = load(readFileSync(fixture, 'utf8')) as Values;
    const problems = validateValues(mergeUserValues(chartDefaults('2.15.1'), user), '2.15.1');
    expect(brief(problems)).toEqual([
      ['agent.instance', 'warning', 'agent-instance'],
      ['securityContext.user', 'warning', 'legacy-security-context'],
      ['securityContext.group', 'warning', 'legacy-security-context'],
    ]);
  });
  if (!existsSync(fixture)) console.log(`skipped the realistic override test: ${fixture} is absent`);
});

describe('validateValues on random edits (seeded)', () => {
  const seed = Number(process.env.SEED ?? Date.now() % 2 ** 31);
  const fields = allFields();
  const knownIds = new Set(allNodes().map((n) => n.id));
  const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 70000 }), fc.boolean(), fc.constant(null), fc.constant(''));
  const leafValue = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), scalar, { maxKeys: 3 }));
  const edit = fc.tuple(fc.integer({ min: 0, max: fields.length - 1 }), leafValue);
  const version = fc.constantFrom(...CHART_VERSIONS);

  function apply(edits: Array<[number, unknown]>, v: string): Values {
    const values = chartDefaults(v);
    for (const [index, value] of edits) {
      const { path: p } = fields[index] as (typeof fields)[number];
      let map = values;
      for (const key of p.slice(0, -1)) {
        if (typeof map[key] !== 'object' || map[key] === null || Array.isArray(map[key])) map[key] = {};
        map = map[key] as Values;
      }
      map[p[p.length - 1] as string] = value;
    }
    return values;
  }

  test('never throws; problems are well formed, attached to schema paths and sorted; normalizing first changes nothing', () => {
    console.log(`validateValues property seed: ${seed} (replay with SEED=${seed})`);
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), version, (edits, v) => {
        const values = apply(edits, v);
        const problems = validateValues(values, v);
        for (const p of problems) {
          expect(['error', 'warning', 'note']).toContain(p.severity);
          expect(p.message.trim().length).toBeGreaterThan(5);
          expect(knownIds.has(p.path), p.path).toBe(true);
        }
        const orders = problems.map((p) => schemaOrderOf(p.path));
        expect([...orders].sort((a, b) => a - b)).toEqual(orders);
        expect(validateValues(normalizeValues(values), v)).toEqual(problems);
      }),
      { seed, numRuns: Number(process.env.RUNS ?? 150) },
    );
  });
});

describe('problemsByPath and countBySeverity', () => {
  const problems: Problem[] = [
    { path: 'a', message: 'one', severity: 'error', rule: 'r1' },
    { path: 'b', message: 'two', severity: 'warning', rule: 'r2' },
    { path: 'a', message: 'three', severity: 'warning', rule: 'r3' },
  ];
  test('groups by path in order', () => {
    const byPath = problemsByPath(problems);
    expect([...byPath.keys()]).toEqual(['a', 'b']);
    expect(byPath.get('a')?.map((p) => p.message)).toEqual(['one', 'three']);
  });
  test('counts each severity', () => {
    expect(countBySeverity(problems)).toEqual({ error: 1, warning: 2, note: 0 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, note: 0 });
  });
});
