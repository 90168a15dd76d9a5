import { vi } from 'vitest';

/**
 * Replaces requestAnimationFrame with a queue the test runs by hand: returns
 * the queued callbacks (run one with `frames.shift()!(0)`). Undone by
 * `vi.unstubAllGlobals()`.
 */
export function holdAnimationFrames(): FrameRequestCallback[] {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  return frames;
}
