/**
 * Where the page should scroll so that a practice action can be seen (pure: no DOM, for tests).
 *
 * A practice screen drawn large enough for 24 px click targets can be taller than a 768 px window. Its task stays
 * in view in a bar stuck to the top of the window (app-theme.css), and before each action the page scrolls so that
 * the window the action happens in lies in the band below that bar.
 */

/** A vertical extent on screen in CSS px, as a DOMRect's top and bottom. */
export type Span = { top: number; bottom: number };

/**
 * How far to scroll the page (positive: down) so that `win`, the program window of the current action, lies in
 * `band`: all of it when it fits, else from its title bar down. With `target` (Let me try; never Test me, where it
 * would point at the answer) that control is brought into the band as well, even if the window's top then leaves
 * it. 0 when nothing needs to move.
 */
export function scrollToShow(band: Span, win: Span, target?: Span): number {
  let dy = 0;
  if (win.bottom - win.top <= band.bottom - band.top) {
    if (win.top < band.top) dy = win.top - band.top;
    else if (win.bottom > band.bottom) dy = win.bottom - band.bottom;
  } else dy = win.top - band.top;
  if (target) {
    if (target.bottom - dy > band.bottom) dy = target.bottom - band.bottom;
    if (target.top - dy < band.top) dy = target.top - band.top;
  }
  return Math.abs(dy) < 1 ? 0 : Math.round(dy);
}
