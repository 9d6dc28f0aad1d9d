import { describe, expect, test } from 'vitest';
import { chartDefaults } from '../../schema/defaults';
import { mergeUserValues } from '../values/helm-merge';
import { listChanges } from './changes';
import { fieldHolding, withoutKey } from './remove-key';

describe('fieldHolding', () => {
  test.each([
    ['namespace', '2.15.1', 'namespace'],
    ['tolerations.1.operator', '2.15.1', 'tolerations'],
    ['ingress.hostName', '2.15.1', 'ingress.hostName'],
    ['ingress.bogus', '2.15.1', undefined],
    ['timeZone', '2.15.1', undefined],
    ['postgresql.enabled', '2.15.1', undefined],
    ['ingress', '2.15.1', 'ingress'],
  ])('%s in %s -> %s', (path, version, expected) => {
    expect(fieldHolding(path, version)).toBe(expected);
  });

  test('a field of another release has no field to jump to', () => {
    expect(fieldHolding('operators.sparkjob', '2.15.1')).toBeUndefined();
    expect(fieldHolding('operators.sparkjob', '2.5.0')).toBe('operators.sparkjob');
  });
});

describe('withoutKey', () => {
  test('removes a top-level or nested unknown key and leaves the rest; the input is not changed', () => {
    const values = mergeUserValues(chartDefaults('2.15.1'), { timeZone: 'UTC', ingress: { bogus: 1, enabled: true } });
    const top = withoutKey(values, 'timeZone');
    expect(listChanges(top, '2.15.1').map((c) => c.path)).toEqual(['ingress.enabled', 'ingress.bogus']);
    const nested = withoutKey(top, 'ingress.bogus');
    expect(listChanges(nested, '2.15.1').map((c) => c.path)).toEqual(['ingress.enabled']);
    expect(values.timeZone).toBe('UTC');
  });

  test('a missing path changes nothing', () => {
    const values = { a: { b: 1 } };
    expect(withoutKey(values, 'a.c.d')).toEqual(values);
    expect(withoutKey(values, 'x')).toEqual(values);
  });
});
