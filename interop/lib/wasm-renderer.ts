import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './paths';

/** The in-browser renderer built by scripts/build-wasm.sh, run in Node with Go's wasm_exec.js. */
const WASM_DIR = path.join(REPO_ROOT, 'wasm', 'helm-render', 'dist');
const WASM = path.join(WASM_DIR, 'helm-render.wasm');
const EXEC = path.join(WASM_DIR, 'wasm_exec.js');

/**
 * Why the renderer checks cannot run here, or undefined when they can. `.ci/run` builds the renderer and sets
 * REQUIRE_WASM=1: a missing build is then an error, never a skip that reads like a pass.
 */
export function wasmSkipReason(): string | undefined {
  if (existsSync(WASM) && existsSync(EXEC)) return undefined;
  const reason = `the in-browser renderer is not built (missing ${path.relative(REPO_ROOT, WASM)}): run npm run build:wasm`;
  if (process.env.REQUIRE_WASM === '1') throw new Error(`REQUIRE_WASM=1 but ${reason}`);
  return reason;
}

type RenderFn = (chart: Uint8Array, values: string, release: string, namespace: string, kubeVersion: string) => { manifests?: string; error?: string };

interface GoRuntime {
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}

let loaded: Promise<RenderFn> | undefined;

/** Starts the Go runtime once per process and returns the exported render function. */
export function wasmRender(): Promise<RenderFn> {
  loaded ??= (async () => {
    await import(pathToFileURL(EXEC).href);
    const Go = (globalThis as unknown as { Go: new () => GoRuntime }).Go;
    const go = new Go();
    const { instance } = await WebAssembly.instantiate(readFileSync(WASM), go.importObject);
    void go.run(instance);
    const fn = (globalThis as unknown as { helmRender?: RenderFn }).helmRender;
    if (!fn) throw new Error('helm-render.wasm did not register helmRender');
    return fn;
  })();
  return loaded;
}
