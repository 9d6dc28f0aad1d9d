/**
 * The in-browser chart renderer (wasm/helm-render): its size as shipped (raw, gzip, brotli) and the time to render
 * ../shared/fixtures/realistic-override.yaml with the real chart 2.15.1, cold (fetch-free start of the Go runtime
 * plus the first render) and warm (median of later renders), in Node with Go's wasm_exec.js. The browser runs the
 * same module in a Web Worker. Figures only; nothing is asserted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { KUBE_VERSION } from '../src/core/manifests/kube-version';
import type { Figure } from './lib/figure';
import { readSharedFile, SHARED_DIR } from './lib/shared';

const DIST = path.resolve(import.meta.dirname, '../wasm/helm-render/dist');
const WASM = path.join(DIST, 'helm-render.wasm');
const EXEC = path.join(DIST, 'wasm_exec.js');
const CHART = path.join(SHARED_DIR, 'charts', 'agent-2.15.1.tgz');

type Render = (chart: Uint8Array, values: string, release: string, namespace: string, kubeVersion: string) => { manifests?: string; error?: string };

export default async function helmRenderWasm(): Promise<Figure[]> {
  if (!existsSync(WASM) || !existsSync(EXEC)) {
    console.log('helm-render-wasm: wasm/helm-render/dist is not built (npm run build:wasm); skipped');
    return [];
  }
  const bytes = readFileSync(WASM);
  // scripts/build-wasm.sh writes the .gz/.br copies the server sends; without them, compress here.
  const shipped = (suffix: string, make: () => Buffer) => (existsSync(WASM + suffix) ? readFileSync(WASM + suffix).length : make().length);
  const figures: Figure[] = [
    { name: 'wasm size raw', value: Math.round(bytes.length / 1024), unit: 'KiB', note: 'loaded only when the Manifests view opens' },
    { name: 'wasm size gzip -9', value: Math.round(shipped('.gz', () => gzipSync(bytes, { level: 9 })) / 1024), unit: 'KiB' },
    {
      name: 'wasm size brotli',
      value: Math.round(shipped('.br', () => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })) / 1024),
      unit: 'KiB',
      note: existsSync(`${WASM}.br`) ? 'q11, precompressed by the build and served as is' : 'q9 (no precompressed copy built)',
    },
  ];
  const values = readSharedFile('fixtures/realistic-override.yaml');
  if (values === undefined || !existsSync(CHART)) {
    console.log('helm-render-wasm: ../shared fixture or chart absent; render times skipped');
    return figures;
  }
  const chart = new Uint8Array(readFileSync(CHART));

  const coldStart = performance.now();
  await import(pathToFileURL(EXEC).href);
  const Go = (globalThis as unknown as { Go: new () => { importObject: WebAssembly.Imports; run(i: WebAssembly.Instance): Promise<void> } }).Go;
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
  void go.run(instance);
  const render = (globalThis as unknown as { helmRender: Render }).helmRender;
  const started = performance.now() - coldStart;
  const first = render(chart, values, 'agent', 'polyaxon-prod', KUBE_VERSION);
  const cold = performance.now() - coldStart;
  if (first.error) throw new Error(`the renderer failed on the fixture: ${first.error}`);

  const warm: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const t = performance.now();
    render(chart, values, 'agent', 'polyaxon-prod', KUBE_VERSION);
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  figures.push(
    { name: 'start (compile + Go runtime)', value: Math.round(started), unit: 'ms' },
    { name: 'cold render realistic-override (start + first render)', value: Math.round(cold), unit: 'ms', note: `${(first.manifests ?? '').length} bytes of manifests` },
    { name: 'warm render realistic-override (median of 5)', value: Math.round(warm[2] as number), unit: 'ms', note: 'debounced, in a Web Worker in the app' },
  );
  return figures;
}
