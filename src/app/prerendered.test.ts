import { afterEach, describe, expect, test, vi } from 'vitest';
import { LEFT_FOR_CLIENT, reportHydrationError } from './prerendered';

describe('reportHydrationError', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('a boundary the prerender left to the client is expected: not reported', () => {
    const report = vi.fn();
    vi.stubGlobal('reportError', report);
    reportHydrationError(Object.assign(new Error('switched to client rendering'), { digest: LEFT_FOR_CLIENT }));
    expect(report).not.toHaveBeenCalled();
  });

  test('any other recoverable error (a mismatch, another digest) is reported', () => {
    const report = vi.fn();
    vi.stubGlobal('reportError', report);
    const mismatch = new Error('Hydration failed');
    const other = Object.assign(new Error('server error'), { digest: 'abc' });
    reportHydrationError(mismatch);
    reportHydrationError(other);
    expect(report.mock.calls).toEqual([[mismatch], [other]]);
  });
});
