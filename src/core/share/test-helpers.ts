import { toBase64Url } from './base64url';
import { crc32 } from './crc32';
import { deflateRaw } from './deflate';

/** Builds a format-1 fragment around any JSON text, valid checksum included (for tests of hostile payloads). */
export async function craftV1Fragment(jsonText: string | Uint8Array): Promise<string> {
  const json = typeof jsonText === 'string' ? new TextEncoder().encode(jsonText) : jsonText;
  const crc = crc32(json);
  const packed = await deflateRaw(json);
  const bytes = new Uint8Array(3 + packed.byteLength);
  bytes.set([(crc >>> 24) & 0xff, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff]);
  bytes.set(packed, 3);
  return `#s=1.${toBase64Url(bytes)}`;
}

/** The seed for property tests: `SEED=<n>` replays a run; the seed is printed. */
export function testSeed(): number {
  const fromEnv = process.env.SEED;
  const seed = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : Math.floor(Math.random() * 2 ** 31);
  console.log(`share property tests: SEED=${seed}`);
  return seed;
}
