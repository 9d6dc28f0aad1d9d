import { describe, expect, test } from 'vitest';
import { diffLines, diffObjects } from './diff';
import { groupObjects, KIND_GROUPS } from './group';
import { MASK, maskSecretText } from './mask-secrets';
import type { K8sObject } from './objects';

const obj = (kind: string, name: string, text = `kind: ${kind}\nmetadata:\n  name: ${name}`): K8sObject => ({ source: 's', apiVersion: 'v1', kind, name, text });

describe('groupObjects', () => {
  test('groups by kind in the view order, RBAC together, CRDs last and collapsed, unknown kinds in "other"', () => {
    const groups = groupObjects([obj('CustomResourceDefinition', 'c'), obj('Role', 'r'), obj('Deployment', 'd'), obj('ServiceAccount', 'sa'), obj('PodDisruptionBudget', 'p'), obj('Secret', 's')]);
    expect(groups.map((g) => [g.group.id, g.objects.map((o) => o.name)])).toEqual([
      ['deployments', ['d']],
      ['secrets', ['s']],
      ['rbac', ['r', 'sa']],
      ['crds', ['c']],
      ['other', ['p']],
    ]);
    expect(KIND_GROUPS.find((g) => g.id === 'crds')?.collapsed).toBe(true);
  });
});

describe('maskSecretText', () => {
  test('masks every data and stringData value, keeps keys, sizes and the rest', () => {
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: agent-polyaxon-agent-secret',
      'type: Opaque',
      'data:',
      `  POLYAXON_AGENT_TOKEN: "${btoa('super-secret-token')}"`,
      '  EMPTY: ""',
      'stringData:',
      '  password: hunter2',
      '  "quoted.key": \'x\'',
    ].join('\n');
    const masked = maskSecretText({ kind: 'Secret', text });
    expect(masked).not.toContain(btoa('super-secret-token'));
    expect(masked).not.toContain('hunter2');
    expect(masked).toContain(`POLYAXON_AGENT_TOKEN: "${MASK}" # 18 bytes, masked`);
    expect(masked).toContain(`password: "${MASK}" # 7 bytes, masked`);
    expect(masked).toContain(`"quoted.key": "${MASK}" # 1 bytes, masked`);
    expect(masked).toContain('  EMPTY: ""');
    expect(masked).toContain('  name: agent-polyaxon-agent-secret');
  });

  test('other kinds are untouched', () => {
    const text = 'kind: ConfigMap\ndata:\n  A: "b"';
    expect(maskSecretText({ kind: 'ConfigMap', text })).toBe(text);
  });
});

describe('diffObjects and diffLines', () => {
  test('matches objects by kind/name', () => {
    const base = [obj('Service', 'a'), obj('Ingress', 'gone'), obj('ConfigMap', 'c', 'x: 1')];
    const current = [obj('Service', 'a'), obj('ConfigMap', 'c', 'x: 2'), obj('Deployment', 'new')];
    expect(diffObjects(base, current).map((d) => [d.key, d.change])).toEqual([
      ['Service/a', 'unchanged'],
      ['ConfigMap/c', 'changed'],
      ['Deployment/new', 'added'],
      ['Ingress/gone', 'removed'],
    ]);
  });

  test('shows changed lines with context and folds the rest', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 10', 'line ten').replace('line 19', 'line 19\nline 20');
    const d = diffLines(before, after, 1);
    expect(d).toEqual([
      { op: ' ', text: '… 9 unchanged lines' },
      { op: ' ', text: 'line 9' },
      { op: '-', text: 'line 10' },
      { op: '+', text: 'line ten' },
      { op: ' ', text: 'line 11' },
      { op: ' ', text: '… 7 unchanged lines' },
      { op: ' ', text: 'line 19' },
      { op: '+', text: 'line 20' },
    ]);
    expect(diffLines('same', 'same')).toEqual([{ op: ' ', text: '… 1 unchanged line' }]);
  });
});
