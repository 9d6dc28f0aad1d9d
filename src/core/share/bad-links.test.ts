import { describe, expect, test } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';
import { decodeShareState, encodeShareState } from './codec';
import { deflateRaw } from './deflate';
import type { ShareErrorCode } from './errors';
import { craftV1Fragment } from './test-helpers';

const sample = { namespace: 'polyaxon-prod', ingress: { enabled: true, hostName: 'polyaxon.acme.com', annotations: { 'kubernetes.io/ingress.class': 'nginx' } } };

async function goodFragment(): Promise<string> {
  return `#${await encodeShareState({ version: '2.15.1', changed: sample, includeSecrets: false })}`;
}

async function expectError(fragment: string, code: ShareErrorCode): Promise<string> {
  const result = await decodeShareState(fragment);
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(20);
  return result.error.message;
}

describe('decodeShareState rejects bad links with a specific message', () => {
  test('a fragment without state', async () => {
    await expectError('#field=ingress.hostName', 'missing');
    await expectError('', 'missing');
  });

  test('state without a format tag', async () => {
    await expectError('#s=abcdef', 'bad-format');
    await expectError('#s=.abcdef', 'bad-format');
  });

  test('an unknown format version', async () => {
    const good = await goodFragment();
    const message = await expectError(good.replace('#s=2.', '#s=3.'), 'unknown-format');
    expect(message).toContain('"3"');
    await expectError(good.replace('#s=2.', '#s=v1.'), 'unknown-format');
  });

  test('a payload cut off at any point is truncated', async () => {
    const good = await goodFragment();
    const data = good.slice('#s=2.'.length);
    const seen = new Set<ShareErrorCode>();
    for (let keep = 0; keep < data.length; keep += 1) {
      const result = await decodeShareState(`#s=2.${data.slice(0, keep)}`);
      expect(result.ok, `kept ${keep} of ${data.length} characters`).toBe(false);
      if (!result.ok) seen.add(result.error.code);
    }
    // Losing the end of the deflate stream is always reported as truncation.
    expect([...seen]).toEqual(['truncated']);
  });

  test('characters outside base64url', async () => {
    const good = await goodFragment();
    const message = await expectError(`${good.slice(0, 20)}*${good.slice(21)}`, 'bad-base64');
    expect(message).toContain('position');
    await expectError(`${good.slice(0, 20)}+${good.slice(21)}`, 'bad-base64');
    await expectError(`${good.slice(0, 20)}é${good.slice(21)}`, 'bad-base64');
  });

  test('a deflate stream that is not valid', async () => {
    const good = await goodFragment();
    const bytes = fromBase64Url(good.slice('#s=2.'.length));
    bytes[3] = 0xff; // first deflate byte: BFINAL=1, BTYPE=11 (reserved) -> invalid block type
    await expectError(`#s=2.${toBase64Url(bytes)}`, 'bad-deflate');
  });

  test('changed characters that still inflate are caught by the checksum', async () => {
    const good = await goodFragment();
    const bytes = fromBase64Url(good.slice('#s=2.'.length));
    bytes[0] = (bytes[0] as number) ^ 0x5a; // the checksum itself
    await expectError(`#s=2.${toBase64Url(bytes)}`, 'bad-checksum');
    // A single-byte change is rejected one way or another, or (in the unused padding bits
    // of the last byte) changes nothing: no changed link ever decodes to other values.
    const original = fromBase64Url(good.slice('#s=2.'.length));
    for (let i = 3; i < original.length; i += 1) {
      const copy = original.slice();
      copy[i] = (copy[i] as number) ^ 0x10;
      const result = await decodeShareState(`#s=2.${toBase64Url(copy)}`);
      if (result.ok) expect(result.changed, `byte ${i} changed`).toEqual(sample);
    }
  });

  test('an unknown chart version', async () => {
    const message = await expectError(await craftV1Fragment('{"v":"9.9.9","d":[]}'), 'unknown-chart-version');
    expect(message).toContain('9.9.9');
    await expectError(await craftV1Fragment('{"v":"latest","d":[2,"x"]}'), 'unknown-chart-version');
  });

  test('more than 64 KB once unpacked (a deflate bomb) is refused', async () => {
    const bomb = new Uint8Array(20 * 1024 * 1024).fill(0x20); // 20 MB of spaces: valid JSON whitespace
    const packed = await craftV1Fragment(bomb);
    expect(packed.length).toBeLessThan(40_000);
    const message = await expectError(packed, 'too-large');
    expect(message).toContain('64 KB');
  });

  test('a just-too-large but honest payload is refused, one just under passes', async () => {
    const filler = (n: number) => `{"v":"2.15.1","d":[["notes"],"${'a'.repeat(n)}"]}`;
    const overhead = filler(0).length;
    await expectError(await craftV1Fragment(filler(64 * 1024 - overhead + 1)), 'too-large');
    const ok = await decodeShareState(await craftV1Fragment(filler(64 * 1024 - overhead)));
    expect(ok.ok).toBe(true);
  });

  test('a text far longer than any valid link is refused before decoding', async () => {
    await expectError(`#s=2.${'A'.repeat(200_000)}`, 'too-large');
  });

  test('JSON that is not a map', async () => {
    for (const text of ['[]', '"text"', '42', 'null', 'true']) {
      await expectError(await craftV1Fragment(text), 'not-a-map');
    }
  });

  test('bytes that are not JSON or not UTF-8', async () => {
    await expectError(await craftV1Fragment('{"v":"2.15.1",'), 'bad-json');
    await expectError(await craftV1Fragment(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 'bad-json');
  });

  test('hostile keys at any depth never reach an object', async () => {
    const cases = [
      '{"v":"2.15.1","d":[],"__proto__":{"polluted":true}}',
      '{"v":"2.15.1","d":[0,{"__proto__":{"polluted":true}}]}',
      '{"v":"2.15.1","d":[["ingress","annotations"],{"a":{"b":[{"constructor":{"prototype":{"polluted":true}}}]}}]}',
      '{"v":"2.15.1","d":[["__proto__","polluted"],true]}',
      '{"v":"2.15.1","d":[[14,"prototype"],true]}',
      '{"v":"2.15.1","d":[["x"],{"prototype":1}]}',
    ];
    for (const text of cases) {
      const message = await expectError(await craftV1Fragment(text), 'forbidden-key');
      expect(message).toMatch(/__proto__|constructor|prototype/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('structures the format does not allow', async () => {
    const cases = [
      '{"v":"2.15.1"}',
      '{"v":2,"d":[]}',
      '{"v":"2.15.1","d":[0]}',
      '{"v":"2.15.1","d":{}}',
      '{"v":"2.15.1","d":[99999,"x"]}',
      '{"v":"2.15.1","d":[[],"x"]}',
      '{"v":"2.15.1","d":[[1,2],"x"]}',
      '{"v":"2.15.1","d":[true,"x"]}',
      '{"v":"2.15.1","d":[2,"~zzzz"]}',
      '{"v":"2.15.1","d":[2,"a",2,"b"]}',
      '{"v":"2.15.1","d":[["a"],1,["a","b"],2]}',
      '{"v":"2.15.1","d":[],"extra":1}',
      `{"v":"2.15.1","d":[["x"],${'['.repeat(100)}${']'.repeat(100)}]}`,
    ];
    for (const text of cases) await expectError(await craftV1Fragment(text), 'bad-shape');
  });

  test('a fragment with corrupted deflate but no checksum room is truncated', async () => {
    const packed = await deflateRaw(new TextEncoder().encode('{}'));
    await expectError(`#s=2.${toBase64Url(packed.slice(0, 2))}`, 'truncated');
  });
});
