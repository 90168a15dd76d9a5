/**
 * Runs `task` once the browser has painted its next frame: a message posted
 * from a requestAnimationFrame callback is handled after that frame's paint.
 * A timer stands in where no frame comes (a background tab, a test
 * environment without animation frames). Returns a function that cancels
 * the task if it has not run yet.
 */
export function afterNextPaint(task: () => void, fallbackMs = 100): () => void {
  let settled = false;
  let frame: number | undefined;
  const timer = setTimeout(() => run(), fallbackMs);
  const stop = () => {
    settled = true;
    clearTimeout(timer);
    // The frame may never come and the page's globals may be gone by the time the timer runs (a test's
    // environment torn down after it ended): then there is nothing left to cancel.
    if (frame !== undefined && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
  };
  function run() {
    if (settled) return;
    stop();
    task();
  }
  if (typeof requestAnimationFrame === 'function' && typeof MessageChannel === 'function') {
    frame = requestAnimationFrame(() => {
      frame = undefined;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        run();
      };
      channel.port2.postMessage(null);
    });
  }
  return stop;
}
