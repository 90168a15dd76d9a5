/** Printing with every picture drawn (print-screens.ts loads this when asked to print). */
import { drawAll, missing } from './print-screens';

/** Draws every picture on the page and resolves once none is missing (or after `timeoutMs`). */
export async function drawAllScreens(timeoutMs = 8000): Promise<void> {
  drawAll();
  const until = Date.now() + timeoutMs;
  while (missing() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  // Two frames: the last drawing is laid out and scaled before the page is printed.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

export async function printAll(): Promise<void> {
  await drawAllScreens();
  window.print();
}
