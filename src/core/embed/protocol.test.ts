import { describe, expect, test } from 'vitest';
import { changePayload } from './change';
import { MASK_TEXT } from '../secrets/mask';
import { CHANGE, HEIGHT, isAllowedOrigin, normalizeOrigin, parseEmbedConfig, parseSetTheme, parseSetValues, SET_THEME, SET_VALUES, targetOriginFor } from './protocol';

const SECTIONS = ['deployment', 'ingress', 'dns'];

describe('origins', () => {
  test('canonical http(s) origins only', () => {
    expect(normalizeOrigin('https://Docs.Example.com')).toBe('https://docs.example.com');
    expect(normalizeOrigin('https://docs.example.com/')).toBe('https://docs.example.com');
    expect(normalizeOrigin('http://127.0.0.1:4174')).toBe('http://127.0.0.1:4174');
    expect(normalizeOrigin('https://docs.example.com:443')).toBe('https://docs.example.com');
    for (const bad of [
      '*',
      'null',
      '',
      'docs.example.com',
      'javascript:alert(1)',
      'file:///x',
      'https://docs.example.com/page',
      'https://u:p@docs.example.com',
      'https://docs.example.com?x',
      'https://*.example.com',
    ]) {
      expect(normalizeOrigin(bad), bad).toBeUndefined();
    }
  });

  test('the allowlist matches exact origins (scheme, host and port)', () => {
    const allow = ['https://docs.example.com', 'http://127.0.0.1:4174'];
    expect(isAllowedOrigin('https://docs.example.com', allow)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4174', allow)).toBe(true);
    expect(isAllowedOrigin('http://docs.example.com', allow)).toBe(false);
    expect(isAllowedOrigin('https://docs.example.com.evil.test', allow)).toBe(false);
    expect(isAllowedOrigin('http://localhost:4174', allow)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:4175', allow)).toBe(false);
    expect(isAllowedOrigin('null', allow)).toBe(false);
    expect(isAllowedOrigin('https://docs.example.com', [])).toBe(false);
  });
});

describe('parseEmbedConfig', () => {
  test('no embed parameter: not an embed', () => {
    expect(parseEmbedConfig('?sections=dns', SECTIONS)).toBeUndefined();
    expect(parseEmbedConfig('', SECTIONS)).toBeUndefined();
  });

  test('all parameters', () => {
    const config = parseEmbedConfig('?embed&sections=ingress,dns&origin=https://docs.example.com&allow=https://docs.example.com,http://127.0.0.1:4174&version=2.14.0', SECTIONS);
    expect(config).toEqual({
      sections: ['ingress', 'dns'],
      targetOrigin: 'https://docs.example.com',
      allow: ['https://docs.example.com', 'http://127.0.0.1:4174'],
      version: '2.14.0',
      ignored: [],
    });
  });

  test('bad entries are ignored and reported, never widened', () => {
    const config = parseEmbedConfig('?embed=1&sections=dns,nope&origin=*&allow=*,https://ok.example.com,evil&version=latest', SECTIONS);
    expect(config?.sections).toEqual(['dns']);
    expect(config?.targetOrigin).toBeUndefined();
    expect(config?.allow).toEqual(['https://ok.example.com']);
    expect(config?.version).toBeUndefined();
    expect(config?.ignored).toHaveLength(5);
  });

  test('theme: light, dark or system; anything else is ignored and reported', () => {
    for (const theme of ['light', 'dark', 'system'] as const) expect(parseEmbedConfig(`?embed&theme=${theme}`, SECTIONS)?.theme).toBe(theme);
    expect(parseEmbedConfig('?embed', SECTIONS)?.theme).toBeUndefined();
    for (const bad of ['Dark', 'blue', '', 'dark ']) {
      const config = parseEmbedConfig(`?embed&theme=${encodeURIComponent(bad)}`, SECTIONS);
      expect(config?.theme, bad).toBeUndefined();
      expect(config?.ignored, bad).toEqual([`theme: "${bad}" is not light, dark or system`]);
    }
  });
});

describe('parseSetTheme', () => {
  test('a well-formed message', () => {
    for (const theme of ['light', 'dark', 'system'] as const) expect(parseSetTheme({ type: SET_THEME, theme })).toEqual({ type: SET_THEME, theme });
  });

  test('everything else is ignored', () => {
    const hostile = JSON.parse('{"type":"polyaxon-values-builder:set-theme","theme":"dark","__proto__":{"polluted":true}}') as unknown;
    for (const data of [
      null,
      'dark',
      { type: SET_THEME },
      { type: SET_THEME, theme: 'Dark' },
      { type: SET_THEME, theme: 1 },
      { type: SET_VALUES, theme: 'dark' },
      { type: 'other', theme: 'dark' },
      hostile,
    ]) {
      expect(parseSetTheme(data)).toBeUndefined();
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('targetOriginFor', () => {
  const change = { type: CHANGE, version: '2.15.1', values: { namespace: 'x' }, yaml: '', masked: [] } as const;
  const height = { type: HEIGHT, height: 300 } as const;
  test('values go only to the declared origin', () => {
    expect(targetOriginFor(change, {})).toBeUndefined();
    expect(targetOriginFor(change, { targetOrigin: 'https://docs.example.com' })).toBe('https://docs.example.com');
  });
  test('the height may go to any parent', () => {
    expect(targetOriginFor(height, {})).toBe('*');
    expect(targetOriginFor(height, { targetOrigin: 'https://docs.example.com' })).toBe('https://docs.example.com');
  });
});

describe('parseSetValues', () => {
  test('a well-formed message', () => {
    expect(parseSetValues({ type: SET_VALUES, values: { ingress: { enabled: true, tls: [{ hosts: ['a'] }] } } })).toEqual({
      type: SET_VALUES,
      values: { ingress: { enabled: true, tls: [{ hosts: ['a'] }] } },
    });
    expect(parseSetValues({ type: SET_VALUES, values: {}, version: '2.14.0' })).toEqual({ type: SET_VALUES, values: {}, version: '2.14.0' });
  });

  test('everything else is ignored', () => {
    const hostile = JSON.parse('{"type":"polyaxon-values-builder:set-values","values":{"a":{"__proto__":{"polluted":true}}}}') as unknown;
    for (const data of [
      null,
      'polyaxon-values-builder:set-values',
      { type: 'other', values: {} },
      { type: SET_VALUES },
      { type: SET_VALUES, values: [] },
      { type: SET_VALUES, values: { a: new Date() } },
      { type: SET_VALUES, values: { a: Number.NaN } },
      { type: SET_VALUES, values: { a: () => 1 } },
      { type: SET_VALUES, values: {}, version: '9.9.9' },
      { type: SET_VALUES, values: { constructor: { prototype: {} } } },
      hostile,
    ]) {
      expect(parseSetValues(data)).toBeUndefined();
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('changePayload', () => {
  test('secret values are masked in values and yaml, and listed', () => {
    const payload = changePayload('2.15.1', { namespace: 'ml', agent: { token: 'tok-9f8e' }, proxy: { httpsProxy: 'http://u:p4ss@proxy.example.com' } });
    expect(payload.masked).toEqual(['agent.token', 'proxy.httpsProxy']);
    expect(JSON.stringify(payload)).not.toMatch(/tok-9f8e|p4ss/);
    expect(payload.yaml).toBe(`namespace: ml\nagent:\n  token: ${MASK_TEXT}\nproxy:\n  httpsProxy: ${MASK_TEXT}\n`);
  });
});
