/**
 * Printing draws every picture. Figures draw their screen only near the
 * viewport, and a screen's code loads on demand, so a page printed as it is
 * would show blank boxes below the fold. Every figure registers here:
 *
 * - `printWithScreens()` draws them all, waits until each is drawn, then
 *   opens the print dialog (the Print buttons, and Ctrl+P / ⌘P when a
 *   picture is still missing).
 * - `beforeprint` (the browser's own Print menu) draws at once every screen
 *   whose code is already in; nothing can be waited for there.
 */
import { flushSync } from 'react-dom';

const drawers = new Set<() => void>();
let listening = false;

function missing(): boolean {
  return document.querySelector('[data-slot="mockup-placeholder"]') !== null;
}

function drawAll(): void {
  flushSync(() => drawers.forEach((draw) => draw()));
}

/** Draws every picture on the page and resolves once none is missing (or after `timeoutMs`). */
export async function drawAllScreens(timeoutMs = 8000): Promise<void> {
  drawAll();
  const until = Date.now() + timeoutMs;
  while (missing() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  // Two frames: the last drawing is laid out and scaled before the page is printed.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** Draws every picture, then opens the browser's print dialog. */
export async function printWithScreens(): Promise<void> {
  await drawAllScreens();
  window.print();
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
