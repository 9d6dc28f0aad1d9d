// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AfterPaintQueue, NO_FRAME_MS } from './after-paint';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('AfterPaintQueue', () => {
  test('runs the work once, in a task after the next frame, however many requests came before it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const work = vi.fn();
    const queue = new AfterPaintQueue(work);
    queue.request();
    queue.request();
    queue.request();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    // The frame only queues it: it runs in a task after that frame.
    expect(work).not.toHaveBeenCalled();
    // (A zero-delay timer set while the fake clock ticks is due 1 ms later.)
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(NO_FRAME_MS * 2);
    expect(work).toHaveBeenCalledTimes(1);
    queue.request();
    vi.advanceTimersByTime(NO_FRAME_MS * 2);
    expect(work).toHaveBeenCalledTimes(2);
  });

  test('work of several queues requested before a frame runs in one task after it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const order: string[] = [];
    const a = new AfterPaintQueue(() => order.push('a'));
    const b = new AfterPaintQueue(() => order.push('b'));
    a.request();
    b.request();
    vi.advanceTimersToNextFrame();
    expect(order).toEqual([]);
    // One task: after it, both ran (no timer left between them).
    vi.advanceTimersByTime(1);
    expect(order).toEqual(['a', 'b']);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('runs it when no frame comes (a hidden tab)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    const work = vi.fn();
    new AfterPaintQueue(work).request();
    vi.advanceTimersByTime(NO_FRAME_MS - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  test('flush runs a pending request now; cancel drops it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const work = vi.fn();
    const queue = new AfterPaintQueue(work);
    queue.flush();
    expect(work, 'nothing pending: flush does nothing').not.toHaveBeenCalled();
    queue.request();
    queue.flush();
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(NO_FRAME_MS * 2);
    expect(work, 'the flushed request does not run again').toHaveBeenCalledTimes(1);
    queue.request();
    queue.cancel();
    vi.advanceTimersByTime(NO_FRAME_MS * 2);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
