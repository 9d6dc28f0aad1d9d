import { describe, expect, test } from 'vitest';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import { helmMerge } from '../values/helm-merge';
import type { Values } from '../values/types';
import { guardData, MAX_DATA_DEPTH } from './guard-data';
import { ingest } from './ingest';

const V = LATEST_CHART_VERSION;

describe('guardData', () => {
  test('copies plain data; undefined is carried as JSON carries it', () => {
    const input = { a: { b: [1, undefined, 'x'], c: undefined }, d: null, e: true };
    const r = guardData(input);
    expect(r).toEqual({ ok: true, values: { a: { b: [1, null, 'x'] }, d: null, e: true } });
    if (r.ok) expect(r.values.a).not.toBe(input.a);
  });

  test('NaN is unset in form values and refused elsewhere', () => {
    expect(guardData({ port: Number.NaN }, { form: true })).toEqual({ ok: true, values: {} });
    expect(guardData({ port: Number.NaN })).toMatchObject({ ok: false, error: { code: 'not-data', path: 'port' } });
    expect(guardData({ port: Number.POSITIVE_INFINITY }, { form: true })).toMatchObject({ ok: false, error: { code: 'not-data' } });
  });

  test('refuses what is not plain data, with the path', () => {
    expect(guardData([])).toMatchObject({ ok: false, error: { code: 'not-a-map' } });
    expect(guardData('text')).toMatchObject({ ok: false, error: { code: 'not-a-map' } });
    expect(guardData({ a: [new Date()] })).toMatchObject({ ok: false, error: { code: 'not-data', path: 'a[0]' } });
    expect(guardData({ a: { f: () => 1 } })).toMatchObject({ ok: false, error: { code: 'not-data', path: 'a.f' } });
    expect(guardData({ a: { constructor: 1 } })).toMatchObject({ ok: false, error: { code: 'forbidden-key', path: 'a.constructor' } });
  });

  test('a cycle ends at the depth limit', () => {
    const a: Values = {};
    a.self = a;
    expect(guardData(a)).toMatchObject({ ok: false, error: { code: 'too-deep' } });
    // The top-level map and the lists inside it: MAX_DATA_DEPTH levels in all are fine, one more is not.
    let deep: unknown = 1;
    for (let i = 1; i < MAX_DATA_DEPTH; i += 1) deep = [deep];
    expect(guardData({ deep }).ok).toBe(true);
    expect(guardData({ deep: [deep] })).toMatchObject({ ok: false, error: { code: 'too-deep' } });
  });
});

describe('ingest', () => {
  test('an overlay is migrated, checked and merged onto the defaults', () => {
    const r = ingest({ door: 'embed', data: { timeZone: 'UTC', mystery: 1, gateway: { service: { port: 'eighty' } } }, shape: 'overlay' }, V);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.values).toEqual({ timezone: 'UTC', mystery: 1, gateway: { service: { port: 'eighty' } } });
    expect(r.formValues).toEqual(helmMerge(chartDefaults(V), r.values));
    expect(r.report.migrations.map((m) => `${m.from} → ${m.to}`)).toEqual(['timeZone → timezone']);
    expect(r.report.unreadKeys.map((k) => k.path)).toEqual(['mystery']);
    expect(r.report.checks.map((c) => c.path)).toEqual(['mystery', 'gateway.service.port']);
  });

  test('form values become their overlay under the release they were for', () => {
    const form = helmMerge(chartDefaults(V), { namespace: 'ml', agent: { instance: '' } });
    const r = ingest({ door: 'autosave', data: form, shape: 'form', leftOut: [['agent', 'token']] }, V);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.values).toEqual({ namespace: 'ml' });
    expect(r.report.leftOut).toEqual([['agent', 'token']]);
  });

  test('an unknown release is refused', () => {
    expect(ingest({ door: 'share-link', data: {}, shape: 'overlay' }, '0.0.1')).toMatchObject({ ok: false, error: { code: 'unknown-version' } });
    expect(ingest({ door: 'version-switch', data: {}, shape: 'form', from: 'x' }, V)).toMatchObject({ ok: false, error: { code: 'unknown-version' } });
  });
});
