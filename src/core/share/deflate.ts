import { ShareDecodeError } from './errors';

/**
 * Raw DEFLATE (RFC 1951) through the platform's CompressionStream, which
 * browsers and Node 20 both have. No zlib header or trailer: the link
 * carries its own short checksum instead.
 */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const cs = new CompressionStream('deflate-raw');
  const writer = cs.writable.getWriter();
  const writing = writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close());
  const out = await readAll(cs.readable.getReader());
  await writing;
  return out;
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return concat(chunks);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Input is fed in slices this small so that output stops soon after the limit (DEFLATE expands at most ~1032×). */
const FEED_SLICE = 64;

/**
 * Inflates raw DEFLATE data but stops as soon as the output passes `limit`
 * bytes (`too-large`), so a small "bomb" is never expanded in full. An
 * input that ends early is `truncated`; any other failure is `bad-deflate`.
 */
export async function inflateRawLimited(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  let stopped = false;

  const feeding = (async () => {
    try {
      for (let i = 0; i < bytes.length && !stopped; i += FEED_SLICE) {
        await writer.write(bytes.subarray(i, i + FEED_SLICE) as Uint8Array<ArrayBuffer>);
      }
      if (!stopped) await writer.close();
    } catch {
      // The read side reports the failure.
    }
  })();

  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        stopped = true;
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        throw new ShareDecodeError('too-large', `more than ${Math.round(limit / 1024)} KB once unpacked`);
      }
      chunks.push(value);
    }
  } catch (error) {
    stopped = true;
    await feeding;
    if (error instanceof ShareDecodeError) throw error;
    const text = String((error as { message?: unknown })?.message ?? error);
    const code = (error as { code?: unknown })?.code;
    if (code === 'Z_BUF_ERROR' || /unexpected end|incomplete|truncat/i.test(text)) throw new ShareDecodeError('truncated');
    throw new ShareDecodeError('bad-deflate', text);
  }
  await feeding;
  return concat(chunks);
}
