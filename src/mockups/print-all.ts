/** Printing with every picture drawn (print-screens.ts loads this when asked to print, and hands it its two helpers). */
type Drawing = { drawAll: () => void; missing: () => boolean };

/** Draws every picture on the page and resolves once none is missing (or after `timeoutMs`). */
export async function drawAllScreens({ drawAll, missing }: Drawing, timeoutMs = 8000): Promise<void> {
  drawAll();
  const until = Date.now() + timeoutMs;
  while (missing() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  // Two frames: the last drawing is laid out and scaled before the page is printed.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

export async function printAll(drawing: Drawing): Promise<void> {
  await drawAllScreens(drawing);
  window.print();
}
