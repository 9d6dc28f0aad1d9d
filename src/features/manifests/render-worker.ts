/// <reference lib="webworker" />
import type { ChartInfo, WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * The Web Worker that runs Helm's engine (wasm/helm-render, compiled to
 * WebAssembly) off the main thread. It fetches the renderer and Go's
 * wasm_exec.js from `wasm/` on the first request only, so nothing of it is
 * loaded before the Manifests view asks for a render.
 */
declare const self: DedicatedWorkerGlobalScope;

type RenderResult = { manifests?: string; error?: string };
interface HelmGlobals {
  Go: new () => { importObject: WebAssembly.Imports; run(instance: WebAssembly.Instance): Promise<void> };
  helmRender?: (chart: Uint8Array, values: string, release: string, namespace: string, kubeVersion: string) => RenderResult;
  helmChartInfo?: (chart: Uint8Array) => Partial<ChartInfo> & { error?: string };
}

class NotBuilt extends Error {}

const base = new URL(`${import.meta.env.BASE_URL}wasm/`, self.location.origin);
let runtime: Promise<HelmGlobals> | undefined;

async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (response.status === 404) throw new NotBuilt(`${url.pathname} is not there`);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response;
}

function load(): Promise<HelmGlobals> {
  runtime ??= (async () => {
    const exec = await (await fetchOk(new URL('wasm_exec.js', base))).text();
    // wasm_exec.js is a classic script that defines globalThis.Go.
    new Function(exec)();
    const g = globalThis as unknown as HelmGlobals;
    const go = new g.Go();
    const bytes = await (await fetchOk(new URL('helm-render.wasm', base))).arrayBuffer();
    const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
    void go.run(instance);
    if (!g.helmRender || !g.helmChartInfo) throw new Error('the renderer did not start');
    return g;
  })();
  runtime.catch(() => {
    runtime = undefined;
  });
  return runtime;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  const reply = (response: WorkerResponse) => self.postMessage(response);
  try {
    const g = await load();
    if (message.type === 'inspect') {
      const info = g.helmChartInfo?.(message.chart) ?? { error: 'no renderer' };
      if (info.error) reply({ id: message.id, ok: false, error: info.error });
      else reply({ id: message.id, ok: true, info: info as ChartInfo });
      return;
    }
    const { chart, values, release, namespace, kubeVersion } = message.request;
    const started = performance.now();
    const result = g.helmRender?.(chart, values, release, namespace, kubeVersion) ?? { error: 'no renderer' };
    const ms = performance.now() - started;
    if (result.error !== undefined) reply({ id: message.id, ok: false, error: result.error });
    else reply({ id: message.id, ok: true, manifests: result.manifests ?? '', ms });
  } catch (e) {
    reply({ id: message.id, ok: false, error: e instanceof Error ? e.message : String(e), notBuilt: e instanceof NotBuilt });
  }
};
