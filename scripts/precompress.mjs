// Writes <file>.gz (gzip -9) and <file>.br (brotli q11) beside each file given, for servers that send
// precompressed files (vite dev/preview through vite-plugins/helm-render-wasm.ts, nginx gzip_static/brotli_static,
// most static hosts). Brotli q11 of a large file costs tens of seconds, so a file whose content is unchanged since
// the last run (same SHA-256, recorded in <file>.sha256) keeps its compressed copies.
// Usage: node scripts/precompress.mjs <file>...
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;

for (const file of process.argv.slice(2)) {
  const raw = readFileSync(file);
  const digest = createHash('sha256').update(raw).digest('hex');
  const stamp = `${file}.sha256`;
  const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === digest && existsSync(`${file}.gz`) && existsSync(`${file}.br`);
  if (!fresh) {
    writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    writeFileSync(`${file}.br`, br);
    writeFileSync(stamp, `${digest}\n`);
  }
  const gz = readFileSync(`${file}.gz`).length;
  const br = readFileSync(`${file}.br`).length;
  console.log(`[precompress] ${file}: raw ${kib(raw.length)}, gzip ${kib(gz)}, brotli ${kib(br)}${fresh ? ' (unchanged, kept)' : ''}`);
}
