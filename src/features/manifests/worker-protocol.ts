/** Messages between the Manifests view and its Web Worker (render-worker.ts). */
export interface RenderRequest {
  readonly chart: Uint8Array;
  readonly values: string;
  readonly release: string;
  readonly namespace: string;
  readonly kubeVersion: string;
}

export interface ChartInfo {
  readonly name: string;
  readonly version: string;
  readonly appVersion: string;
  readonly apiVersion: string;
}

export type WorkerRequest = { readonly id: number; readonly type: 'render'; readonly request: RenderRequest } | { readonly id: number; readonly type: 'inspect'; readonly chart: Uint8Array };

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly manifests: string; readonly ms: number }
  | { readonly id: number; readonly ok: true; readonly info: ChartInfo }
  | { readonly id: number; readonly ok: false; readonly error: string; readonly notBuilt?: boolean };
