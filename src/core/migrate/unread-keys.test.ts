import { describe, expect, test } from 'vitest';
import { unreadKeys } from './unread-keys';

describe('unreadKeys', () => {
  test('keys the schema does not know are listed (not looked into)', () => {
    const keys = unreadKeys({ foo: { bar: 1 }, agent: { nope: true }, timezone: 'UTC' }, '2.15.1');
    expect(keys).toEqual([
      { path: 'foo', reason: 'unknown', message: '`foo` is not read by chart 2.15.1; it is kept in the values as it is.' },
      { path: 'agent.nope', reason: 'unknown', message: '`agent.nope` is not read by chart 2.15.1; it is kept in the values as it is.' },
    ]);
  });

  test('keys of other releases are listed with the release that has them', () => {
    const [added] = unreadKeys({ agent: { enableStatusFinalizers: true } }, '2.8.0');
    expect(added).toMatchObject({ path: 'agent.enableStatusFinalizers', reason: 'not-in-version' });
    expect(added?.message).toContain('added in 2.8.1');
    const [removed] = unreadKeys({ agent: { enableFinalizers: true } }, '2.15.1');
    expect(removed?.reason).toBe('not-in-version');
    expect(unreadKeys({ agent: { enableFinalizers: true } }, '2.8.0')).toEqual([]);
  });

  test('keys no template reads are listed unless left at their default', () => {
    expect(unreadKeys({ ingress: { backend: 'gateway' } }, '2.15.1')).toEqual([]);
    expect(unreadKeys({ ingress: { backend: 'other' } }, '2.15.1')).toMatchObject([{ path: 'ingress.backend', reason: 'no-effect' }]);
  });

  test('free-form values are not looked into; odd key names are quoted in paths', () => {
    expect(unreadKeys({ ingress: { annotations: { 'a.b/c': 'x' } }, connections: [{ weird: 1 }] }, '2.15.1')).toEqual([]);
    expect(unreadKeys({ 'a.b': 1 }, '2.15.1')[0]?.path).toBe('["a.b"]');
  });
});
