import { describe, expect, test } from 'vitest';
import { brokenStorage } from '../../test-utils/broken-storage';
import { memoryStorage } from '../autosave/storage';
import { forgetEverything } from '../autosave/settings';
import type { DeployedBaseline } from './baseline';
import { BASELINE_KEY, createBaselineStore, parseBaseline, serializeBaseline } from './baseline-store';

const SECRET = 'tok-9f8e7d6c5b4a3210';
const AWS = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const baseline: DeployedBaseline = {
  version: '2.15.1',
  source: 'helm command',
  release: 'plx',
  namespace: 'ml',
  targetFrom: 'the `helm upgrade` command',
  values: {
    agent: { instance: 'acme.agents.a1', token: SECRET },
    connections: [{ name: 'store', kind: 's3', schema: { bucket: 's3://b' }, env: [{ name: 'AWS_SECRET_ACCESS_KEY', value: AWS }] }],
  },
};

describe('the deployed baseline in storage', () => {
  test('kept without its secret values, whose paths are listed; everything else comes back as it was', () => {
    const text = serializeBaseline(baseline);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(AWS);
    const back = parseBaseline(text)!;
    expect(back).toEqual({
      version: '2.15.1',
      source: 'helm command',
      release: 'plx',
      namespace: 'ml',
      targetFrom: 'the `helm upgrade` command',
      values: {
        agent: { instance: 'acme.agents.a1' },
        connections: [{ name: 'store', kind: 's3', schema: { bucket: 's3://b' }, env: [{ name: 'AWS_SECRET_ACCESS_KEY' }] }],
      },
      leftOut: [
        ['agent', 'token'],
        ['connections', '0', 'env', '0', 'value'],
      ],
    });
    // Saved again (nothing left to omit), the list of what is not known stays.
    expect(parseBaseline(serializeBaseline(back))?.leftOut).toEqual(back.leftOut);
  });

  test('optional parts stay absent; no secrets, no leftOut', () => {
    const plain: DeployedBaseline = { version: '2.10.0', source: 'values.yaml', values: { timezone: 'UTC' } };
    expect(parseBaseline(serializeBaseline(plain))).toEqual(plain);
  });

  test.each([
    ['not JSON', '{'],
    ['another format', JSON.stringify({ format: 2, version: '2.15.1', source: 's', values: {} })],
    ['an unknown chart release', JSON.stringify({ format: 1, version: '9.9.9', source: 's', values: {} })],
    ['values not a map', JSON.stringify({ format: 1, version: '2.15.1', source: 's', values: [] })],
    ['no source', JSON.stringify({ format: 1, version: '2.15.1', values: {} })],
    ['a release that is not text', JSON.stringify({ format: 1, version: '2.15.1', source: 's', release: 7, values: {} })],
    ['a malformed leftOut', JSON.stringify({ format: 1, version: '2.15.1', source: 's', values: {}, leftOut: [[1]] })],
    ['a __proto__ key', '{"format":1,"version":"2.15.1","source":"s","values":{"__proto__":{"polluted":true}}}'],
  ])('unusable stored text is ignored: %s', (_name, text) => {
    expect(parseBaseline(text)).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('the store saves, loads and clears under its key, and never throws when storage does', () => {
    const storage = memoryStorage();
    const store = createBaselineStore(storage);
    expect(store.load()).toBeUndefined();
    expect(store.save(baseline)).toBe(true);
    expect(storage.getItem(BASELINE_KEY)).not.toContain(SECRET);
    expect(store.load()?.release).toBe('plx');
    store.clear();
    expect(store.load()).toBeUndefined();

    const guarded = createBaselineStore(brokenStorage());
    expect(guarded.load()).toBeUndefined();
    expect(guarded.save(baseline)).toBe(false);
    expect(() => guarded.clear()).not.toThrow();
  });

  test('"Forget everything" removes it with the rest of the builder keys', () => {
    const storage = memoryStorage();
    createBaselineStore(storage).save(baseline);
    expect(forgetEverything(storage)).toBe(1);
    expect(storage.getItem(BASELINE_KEY)).toBeNull();
  });
});
