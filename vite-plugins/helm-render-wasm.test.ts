import { describe, expect, test } from 'vitest';
import { pickEncoding } from './helm-render-wasm';

describe('pickEncoding: the precompressed renderer copy to send', () => {
  const both = () => true;
  test.each([
    ['gzip, deflate, br, zstd', both, 'br'],
    ['gzip, deflate', both, 'gzip'],
    ['br;q=0, gzip', both, 'gzip'],
    ['BR', both, 'br'],
    ['*', both, 'br'],
    ['identity', both, undefined],
    [undefined, both, undefined],
    ['', both, undefined],
    ['br, gzip', (suffix: string) => suffix === '.gz', 'gzip'],
    ['br, gzip', () => false, undefined],
    ['gzip;q=0.5, *;q=0', both, 'gzip'],
  ] as const)('Accept-Encoding %j → %s', (header, exists, want) => {
    expect(pickEncoding(header, exists)?.name).toBe(want);
  });
});
