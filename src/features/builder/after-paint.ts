/** When no frame comes (a hidden tab does not paint), the work runs after this long anyway. */
export const NO_FRAME_MS = 100;

/**
 * Runs `work` once, right after the browser painted the next frame (a task
 * queued from requestAnimationFrame runs after that frame's paint), so what a
 * keystroke must show first (the input, the preview) is on screen before it
 * runs. A tab that paints no frames runs it after NO_FRAME_MS. Returns a
 * cancel function.
 */
function afterPaint(work: () => void): () => void {
  let done = false;
  let frame: number | undefined;
  let task: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
  };
  const run = () => {
    if (done) return;
    cancel();
    work();
  };
  const fallback = setTimeout(run, NO_FRAME_MS);
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => {
      frame = undefined;
      task = setTimeout(run, 0);
    });
  } else {
    task = setTimeout(run, 0);
  }
  return cancel;
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
