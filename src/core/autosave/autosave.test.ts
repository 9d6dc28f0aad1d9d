import { brokenStorage } from '../../test-utils/broken-storage';
import { describe, expect, test } from 'vitest';
import { helmMerge } from '../values/helm-merge';
import { computeValues } from '../values/output';
import type { Values } from '../../shared/values';
import { chartDefaults } from '../../schema/defaults';
import { sectionFields, SECTIONS } from '../../schema/sections';
import { parseRecord, serializeRecord } from './record';
import { applyResets, changedFieldIds, fieldResets } from './reset';
import { decideStartup } from './startup';
import { memoryStorage } from './storage';
import { AUTOSAVE_KEY, createAutosaveStore } from './store';
import { DEFAULT_SETTINGS, forgetEverything, loadSettings, saveSettings, SETTINGS_KEY } from './settings';

const VERSION = '2.15.1';
const form = (changed: Values, version = VERSION) => helmMerge(chartDefaults(version), changed);
const record = (changed: Values, version = VERSION) => ({ version, values: form(changed, version), savedAt: '2026-01-02T03:04:05.000Z' });

describe('autosave store', () => {
  test('saves and loads version, values and time', () => {
    const storage = memoryStorage();
    const store = createAutosaveStore(storage);
    const saved = record({ namespace: 'team-a', ingress: { enabled: true } });
    expect(store.save(saved)).toBe(true);
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(true);
    expect(store.load()).toEqual({ ok: true, record: saved });
    store.clear();
    expect(store.load()).toEqual({ ok: false, reason: 'empty' });
  });

  test('a storage that throws never breaks the page', () => {
    const store = createAutosaveStore(brokenStorage());
    expect(store.save(record({}))).toBe(false);
    expect(store.load()).toEqual({ ok: false, reason: 'unavailable' });
    expect(() => store.clear()).not.toThrow();
  });

  test('corrupt, hostile, old or unknown-release records are refused', () => {
    const good = JSON.parse(serializeRecord(record({ namespace: 'x' }))) as Record<string, unknown>;
    expect(parseRecord('{not json').ok).toBe(false);
    expect(parseRecord('[]')).toEqual({ ok: false, reason: 'corrupt' });
    expect(parseRecord(JSON.stringify({ ...good, format: 0 }))).toEqual({ ok: false, reason: 'old-format' });
    expect(parseRecord(JSON.stringify({ ...good, version: '0.1.0' }))).toEqual({ ok: false, reason: 'unknown-version' });
    expect(parseRecord(JSON.stringify({ ...good, savedAt: 'yesterday' }))).toEqual({ ok: false, reason: 'corrupt' });
    expect(parseRecord(JSON.stringify({ ...good, values: [1] }))).toEqual({ ok: false, reason: 'corrupt' });
    const hostile = serializeRecord(record({})).replace('"values":{', '"values":{"__proto__":{"polluted":true},');
    expect(parseRecord(hostile)).toEqual({ ok: false, reason: 'corrupt' });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('decideStartup', () => {
  const link = { version: VERSION, changed: { namespace: 'from-link' } };

  test('no link: the autosaved work, else the defaults', () => {
    const saved = record({ namespace: 'mine' });
    expect(decideStartup(saved, undefined)).toEqual({ source: 'autosave', record: saved });
    expect(decideStartup(undefined, undefined)).toEqual({ source: 'defaults' });
  });

  test('a link wins; different saved work is offered back', () => {
    const saved = record({ namespace: 'mine' });
    expect(decideStartup(saved, link)).toEqual({ source: 'link', link, previous: saved });
  });

  test('saved work equal to the link, or with nothing changed, is not offered', () => {
    expect(decideStartup(record({ namespace: 'from-link' }), link)).toEqual({ source: 'link', link });
    expect(decideStartup(record({}), link)).toEqual({ source: 'link', link });
    expect(decideStartup(undefined, link)).toEqual({ source: 'link', link });
  });

  test('the same values for another release count as different work', () => {
    const saved = record({ namespace: 'from-link' }, '2.14.0');
    expect(decideStartup(saved, link)).toMatchObject({ source: 'link', previous: saved });
  });
});

describe('reset to defaults', () => {
  const ingress = SECTIONS.find((s) => s.id === 'ingress')!;

  test('a section reset sets only its fields back to the chart defaults', () => {
    const values = form({ namespace: 'keep-me', ingress: { enabled: true, hostName: 'a.example.com', annotations: { a: 'b' } } });
    const after = applyResets(values, fieldResets(sectionFields(ingress), VERSION));
    expect(computeValues(after, VERSION).changed).toEqual({ namespace: 'keep-me' });
    expect(values.namespace).toBe('keep-me');
    expect((values.ingress as Values).enabled).toBe(true); // the input is not modified
  });

  test('changedFieldIds lists what differs from the defaults, treating empty as unset', () => {
    const values = form({ namespace: 'x', ingress: { hostName: 'h.example.com', className: '' } });
    expect(changedFieldIds(values, VERSION, sectionFields(ingress))).toEqual(['ingress.hostName']);
    expect(changedFieldIds(chartDefaults(VERSION), VERSION)).toEqual([]);
  });
});

describe('secrets and storage', () => {
  const withToken = () => record({ namespace: 'ns', agent: { token: 'tok-4f9a' }, proxy: { httpsProxy: 'http://u:p4ss@proxy.example.com' } });

  test('by default a save keeps secret values out and lists their paths; the record reads back', () => {
    const storage = memoryStorage();
    createAutosaveStore(storage).save(withToken());
    const text = storage.data.get(AUTOSAVE_KEY) ?? '';
    expect(text).not.toMatch(/tok-4f9a|p4ss/);
    const loaded = createAutosaveStore(storage).load();
    expect(loaded.ok && loaded.record.leftOut).toEqual([
      ['agent', 'token'],
      ['proxy', 'httpsProxy'],
    ]);
    expect(loaded.ok && computeValues(loaded.record.values, VERSION).changed).toEqual({ namespace: 'ns' });
  });

  test('keepSecrets stores them; a malformed leftOut makes the record unusable', () => {
    const storage = memoryStorage();
    createAutosaveStore(storage, AUTOSAVE_KEY, { keepSecrets: () => true }).save(withToken());
    expect(storage.data.get(AUTOSAVE_KEY)).toContain('tok-4f9a');
    const bad = JSON.stringify({ ...(JSON.parse(storage.data.get(AUTOSAVE_KEY)!) as object), leftOut: [[1]] });
    expect(parseRecord(bad)).toEqual({ ok: false, reason: 'corrupt' });
  });

  test('settings default to secrets out; forgetEverything removes every builder key and only those', () => {
    const storage = memoryStorage({ 'other-app': 'x', [SETTINGS_KEY]: '{"secretsInStorage":true}', 'polyaxon-values-builder:history': '[]' });
    expect(loadSettings(memoryStorage())).toEqual(DEFAULT_SETTINGS);
    expect(loadSettings(storage)).toEqual({ secretsInStorage: true });
    saveSettings(storage, { secretsInStorage: false });
    expect(loadSettings(storage)).toEqual({ secretsInStorage: false });
    createAutosaveStore(storage).save(withToken());
    expect(forgetEverything(storage, [AUTOSAVE_KEY])).toBe(3);
    expect([...storage.data.keys()]).toEqual(['other-app']);
  });
});
