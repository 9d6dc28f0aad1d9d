import { describe, expect, test } from 'vitest';
import { detectSource } from './detect-source';
import { importValues, type ImportResult } from './import-values';
import { applyReleaseTarget, helmGetValuesTarget } from './release-target';

const V = '2.15.1';

function ok(r: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

describe('helmGetValuesTarget', () => {
  test.each([
    ['helm get values plx -n ml\nUSER-SUPPLIED VALUES:\n', { release: 'plx', namespace: 'ml' }],
    ['$ helm get values plx --namespace=ml -a\n', { release: 'plx', namespace: 'ml' }],
    ['helm get values -o yaml --namespace ml plx\n', { release: 'plx', namespace: 'ml' }],
    ['helm get values --revision 3 plx -nml\n', { release: 'plx', namespace: 'ml' }],
    ['helm get values plx\n', { release: 'plx', namespace: undefined }],
  ])('%j', (text, expected) => {
    expect(helmGetValuesTarget(text)).toMatchObject(expected);
  });

  test('no command line, no target', () => {
    expect(helmGetValuesTarget('USER-SUPPLIED VALUES:\na: 1\n')).toBeUndefined();
  });
});

describe('applyReleaseTarget', () => {
  test('fills releaseName and namespace, and says where they came from', () => {
    const r = applyReleaseTarget({ timezone: 'UTC' }, { release: 'plx', namespace: 'ml', from: 'the `helm upgrade` command' });
    expect(r.values).toEqual({ timezone: 'UTC', releaseName: 'plx', namespace: 'ml' });
    expect(r.notes[0]?.message).toBe('The release `plx` and namespace `ml` come from the `helm upgrade` command: the commands upgrade that release in place (set as `releaseName` and `namespace`).');
    expect(r.warnings).toEqual([]);
  });

  test('a different namespace in the file is replaced by the deployed one, with a warning', () => {
    const r = applyReleaseTarget({ namespace: 'other' }, { release: 'plx', namespace: 'ml', from: 'x' });
    expect(r.values.namespace).toBe('ml');
    expect(r.warnings.map((w) => w.path)).toEqual(['namespace']);
  });

  test('a release without a namespace warns that Helm used the kube-context namespace', () => {
    const r = applyReleaseTarget({}, { release: 'plx', from: 'the `helm install` command' });
    expect(r.values).toEqual({ releaseName: 'plx' });
    expect(r.warnings[0]?.message).toContain("The `helm install` command names no namespace, so Helm used the kube-context's namespace");
  });

  test('nothing named, nothing changed', () => {
    const values = { a: 1 };
    expect(applyReleaseTarget(values, undefined).values).toBe(values);
  });
});

describe('importValues carries the release and namespace', () => {
  test('helm upgrade --install plx polyaxon/agent -n ml', () => {
    const r = ok(importValues('helm upgrade --install plx polyaxon/agent -n ml --set timezone=Europe/Berlin', { version: V }));
    expect(r.values).toEqual({ timezone: 'Europe/Berlin', releaseName: 'plx', namespace: 'ml' });
    expect(r.report).toMatchObject({ release: 'plx', namespace: 'ml', targetFrom: 'the `helm upgrade` command' });
    expect(r.report.notes[0]?.message).toContain('The release `plx` and namespace `ml` come from the `helm upgrade` command');
  });

  test('helm get values with a release, with or without a header', () => {
    const withHeader = ok(importValues('$ helm get values plx -n ml\nUSER-SUPPLIED VALUES:\ntimezone: UTC\n', { version: V }));
    expect(withHeader.values).toEqual({ timezone: 'UTC', releaseName: 'plx', namespace: 'ml' });
    const text = 'helm get values plx -n ml -o yaml\ntimezone: UTC\n';
    expect(detectSource(text)).toBe('helm-get-values');
    const bare = ok(importValues(text, { version: V }));
    expect(bare.report.source).toBe('helm-get-values');
    expect(bare.values).toEqual({ timezone: 'UTC', releaseName: 'plx', namespace: 'ml' });
  });

  test('helm template names no deployed release', () => {
    const r = ok(importValues('helm template plx polyaxon/agent -n ml --set timezone=UTC', { version: V }));
    expect(r.values).toEqual({ timezone: 'UTC' });
  });
});
