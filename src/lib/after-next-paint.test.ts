import { afterEach, describe, expect, it, vi } from 'vitest';

import { holdAnimationFrames } from '@/testing/held-frames';

import { afterNextPaint } from './after-next-paint';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs the task after the next animation frame, once', async () => {
    const frames = holdAnimationFrames();
    const task = vi.fn();
    afterNextPaint(task, 10_000);
    await new Promise((r) => setTimeout(r, 5));
    expect(task).not.toHaveBeenCalled();
    frames.shift()!(0);
    expect(task).not.toHaveBeenCalled(); // not inside the frame: after its paint
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
  });

  it('falls back to a timer when no frame comes (a background tab)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const task = vi.fn();
    afterNextPaint(task, 100);
    vi.advanceTimersByTime(99);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before it runs', () => {
    vi.useFakeTimers();
    const cancelFrame = vi.fn();
    vi.stubGlobal('requestAnimationFrame', () => 7);
    vi.stubGlobal('cancelAnimationFrame', cancelFrame);
    const task = vi.fn();
    const cancel = afterNextPaint(task, 100);
    cancel();
    vi.advanceTimersByTime(1_000);
    expect(task).not.toHaveBeenCalled();
    expect(cancelFrame).toHaveBeenCalledWith(7);
  });
});
