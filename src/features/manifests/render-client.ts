import type { ChartInfo, RenderRequest, WorkerRequest, WorkerResponse } from './worker-protocol';

export type RenderOutcome =
  | { readonly kind: 'ok'; readonly manifests: string; readonly ms: number }
  | { readonly kind: 'error'; readonly error: string; readonly notBuilt: boolean }
  /** A newer request replaced this one before it ran. */
  | { readonly kind: 'superseded' };

type Pending = { message: WorkerRequest; resolve: (r: WorkerResponse | undefined) => void };

/**
 * Talks to the render worker. The worker renders one request at a time; while
 * it is busy, only the newest waiting render is kept (older ones resolve as
 * `superseded`), so fast typing never queues up stale renders.
 */
export class RenderClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private busy: Pending | undefined;
  /** The newest waiting render per lane (e.g. `current`, `baseline`): lanes do not supersede each other. */
  private readonly waitingRender = new Map<string, Pending>();
  private readonly waitingOther: Pending[] = [];

  constructor(private readonly create: () => Worker) {}

  render(request: RenderRequest, lane = 'current'): Promise<RenderOutcome> {
    return new Promise((resolve) => {
      const message: WorkerRequest = { id: this.nextId++, type: 'render', request };
      this.waitingRender.get(lane)?.resolve(undefined);
      this.waitingRender.set(lane, {
        message,
        resolve: (r) => {
          if (!r) resolve({ kind: 'superseded' });
          else if (r.ok && 'manifests' in r) resolve({ kind: 'ok', manifests: r.manifests, ms: r.ms });
          else resolve({ kind: 'error', error: r.ok ? 'unexpected reply' : r.error, notBuilt: !r.ok && r.notBuilt === true });
        },
      });
      this.pump();
    });
  }

  inspect(chart: Uint8Array): Promise<{ ok: true; info: ChartInfo } | { ok: false; error: string; notBuilt: boolean }> {
    return new Promise((resolve) => {
      const message: WorkerRequest = { id: this.nextId++, type: 'inspect', chart };
      this.waitingOther.push({
        message,
        resolve: (r) => {
          if (r?.ok && 'info' in r) resolve({ ok: true, info: r.info });
          else resolve({ ok: false, error: r && !r.ok ? r.error : 'no reply', notBuilt: r !== undefined && !r.ok && r.notBuilt === true });
        },
      });
      this.pump();
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.busy?.resolve(undefined);
    for (const p of this.waitingRender.values()) p.resolve(undefined);
    this.waitingRender.clear();
    for (const p of this.waitingOther.splice(0)) p.resolve(undefined);
    this.busy = undefined;
  }

  private pump(): void {
    if (this.busy) return;
    let next = this.waitingOther.shift();
    if (!next) {
      const lane = this.waitingRender.keys().next();
      if (lane.done) return;
      next = this.waitingRender.get(lane.value);
      this.waitingRender.delete(lane.value);
    }
    if (!next) return;
    this.busy = next;
    const worker = (this.worker ??= this.start());
    worker.postMessage(next.message);
  }

  private start(): Worker {
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const done = this.busy;
      if (!done || done.message.id !== event.data.id) return;
      this.busy = undefined;
      done.resolve(event.data);
      this.pump();
    };
    worker.onerror = (event) => {
      const done = this.busy;
      this.busy = undefined;
      done?.resolve({ id: done.message.id, ok: false, error: event.message || 'the render worker failed' });
      this.worker?.terminate();
      this.worker = undefined;
      this.pump();
    };
    return worker;
  }
}
