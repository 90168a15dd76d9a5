/**
 * Printing draws every picture. Figures draw their screen only near the
 * viewport, and a screen's code loads on demand, so a page printed as it is
 * would show blank boxes below the fold. Every figure registers here:
 *
 * - `printWithScreens()` draws them all, waits until each is drawn, then
 *   opens the print dialog (the Print buttons, and Ctrl+P / ⌘P when a
 *   picture is still missing). Its waiting is in print-all.ts, loaded then.
 * - `beforeprint` (the browser's own Print menu) draws at once every screen
 *   whose code is already in; nothing can be waited for there.
 */
const drawers = new Set<() => void>();
let listening = false;

/** Whether a picture on the page is not drawn yet. */
export function missing(): boolean {
  return document.querySelector('[data-slot="mockup-placeholder"]') !== null;
}

/**
 * Draws them now: run inside a discrete event (React's rule: an update made
 * while a click, a key or a focus event is handled renders before the event
 * is over), so that in `beforeprint` the drawings are in before the browser
 * lays the page out for print.
 */
export function drawAll(): void {
  const run = () => drawers.forEach((draw) => draw());
  const el = document.createElement('i');
  el.addEventListener('focus', run);
  el.dispatchEvent(new FocusEvent('focus'));
}

/** Draws every picture, then opens the browser's print dialog. */
export function printWithScreens(): Promise<void> {
  return import('./print-all').then((m) => m.printAll({ drawAll, missing }));
}

function onKey(e: KeyboardEvent): void {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p' && missing()) {
    e.preventDefault();
    void printWithScreens();
  }
}

/** Makes printing draw every picture first (once per page load; figures call it, and so may a page of pictures). */
export function listenForPrint(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('beforeprint', drawAll);
  window.addEventListener('keydown', onKey);
}

/** A figure's way to be drawn when the page is printed. Returns the unregister function. */
export function onPrint(draw: () => void): () => void {
  drawers.add(draw);
  listenForPrint();
  return () => drawers.delete(draw);
}
