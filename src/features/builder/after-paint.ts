/** When no frame comes (a hidden tab does not paint), the work runs after this long anyway. */
export const NO_FRAME_MS = 100;

/** Work waiting for the next frame, run together in one task (React renders what they change in one commit). */
const waiting = new Set<() => void>();
let frame: number | undefined;
let task: ReturnType<typeof setTimeout> | undefined;
let fallback: ReturnType<typeof setTimeout> | undefined;

function stopTimers(): void {
  if (frame !== undefined) cancelAnimationFrame(frame);
  clearTimeout(task);
  clearTimeout(fallback);
  frame = task = fallback = undefined;
}

function runWaiting(): void {
  stopTimers();
  const batch = [...waiting];
  waiting.clear();
  for (const work of batch) work();
}

/**
 * Runs `work` once, right after the browser painted the next frame (a task
 * queued from requestAnimationFrame runs after that frame's paint), so what a
 * keystroke must show first (the input, the preview) is on screen before it
 * runs. Everything requested before that frame runs in the same task. A tab
 * that paints no frames runs it after NO_FRAME_MS. Returns a cancel function.
 */
function afterPaint(work: () => void): () => void {
  waiting.add(work);
  if (fallback === undefined) {
    fallback = setTimeout(runWaiting, NO_FRAME_MS);
    if (typeof requestAnimationFrame === 'function') {
      frame = requestAnimationFrame(() => {
        frame = undefined;
        task = setTimeout(runWaiting, 0);
      });
    } else {
      task = setTimeout(runWaiting, 0);
    }
  }
  return () => {
    waiting.delete(work);
    if (waiting.size === 0) stopTimers();
  };
}

/**
 * Coalesces bursts of changes: `request()` asks for `work` to run after the
 * next paint; more requests before then still run it once. `flush()` runs a
 * pending request now, `cancel()` drops it.
 */
export class AfterPaintQueue {
  private pending: (() => void) | undefined;

  constructor(private readonly work: () => void) {}

  request(): void {
    if (this.pending) return;
    this.pending = afterPaint(() => {
      this.pending = undefined;
      this.work();
    });
  }

  flush(): void {
    if (!this.pending) return;
    this.cancel();
    this.work();
  }

  cancel(): void {
    this.pending?.();
    this.pending = undefined;
  }
}
