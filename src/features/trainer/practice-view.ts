/**
 * Where a trainer panel is on the page: brought into view when chosen, its task bar's height told to the page,
 * each practice action's window kept in view, and the window's height it fits in.
 */
import { type RefObject, useEffect, useRef, useSyncExternalStore } from 'react';

import { scrollToShow } from './keep-in-view';
import { prefersReducedMotion as reducedMotion } from './use-reduced-motion';

/**
 * Scrolls the trainer section holding `ref` into view once, when it is first
 * drawn: after the frame in which the page around it has settled, so Show me
 * plays in view. (Let me try and Test me do this with their first action's
 * window: useKeepActionInView.)
 */
export function useReveal(ref: RefObject<HTMLElement | null>, on: boolean | undefined): void {
  useEffect(() => {
    if (!on) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const el = ref.current;
        const target = el?.closest<HTMLElement>('[data-testid="trainer-panel"]') ?? el;
        target?.scrollIntoView?.({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [ref, on]);
}

function subscribeResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** The window's height, kept up to date. */
export function useViewportHeight(): number {
  return useSyncExternalStore(
    subscribeResize,
    () => window.innerHeight,
    () => 768,
  );
}

/**
 * The practice's task bar (`bar`) is stuck to the top of the window where there is room for it (app-theme.css).
 * Its height goes to the page as `--practice-bar`, so that whatever the browser scrolls into view (the control
 * focused by Tab, an element found with Find) stops below the bar and is never hidden under it (WCAG 2.4.11).
 */
export function useTaskBarHeight(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const ro = new ResizeObserver(() => root.style.setProperty('--practice-bar', `${el.offsetHeight}px`));
    ro.observe(el);
    return () => {
      ro.disconnect();
      root.style.removeProperty('--practice-bar');
    };
  }, [bar]);
}

/** The outermost program window around `el` on its drawn screen (a dialog, or the main window). */
function windowOf(el: HTMLElement): HTMLElement {
  let win = el.closest<HTMLElement>('[data-slot="win-window"]');
  for (let up = win?.parentElement?.closest<HTMLElement>('[data-slot="win-window"]'); up; ) {
    win = up;
    up = up.parentElement?.closest<HTMLElement>('[data-slot="win-window"]');
  }
  return win ?? el.closest<HTMLElement>('[data-slot="win-screen"]') ?? el;
}

/**
 * The element that scrolls `el` up and down, when it is not the page itself (presenter mode's full screen without
 * the browser's own, a box that scrolls by itself).
 */
function scrollerOf(el: HTMLElement): HTMLElement | undefined {
  for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight + 1) return p;
  }
  return undefined;
}

/** Windows' default double-click time: a click this recent may be the first half of a double-click. */
const DOUBLE_CLICK_MS = 500;

/**
 * Before each practice action, scrolls the page so that the window the action happens in lies below the task bar:
 * all of it when it fits, else from its title bar down (keep-in-view.ts). The page moves only when the action
 * moves to another window (a dialog opened or closed), so a learner who scrolled within a window is left there;
 * with `aim` (Let me try), also when the control to operate is out of view, which is then brought in. Test me never
 * points at it. The first action only when the panel is to be brought into view (`reveal`, a mode chosen on the
 * step page), which this then does too, in one movement: elsewhere the page opens at its top.
 *
 * It waits for the action's screen to be drawn (a screen's code may still be loading), and for a click in the
 * screen to be more than a double-click's time old, so that the page never moves between the two clicks of a
 * double-click. The place is worked out in the page's own coordinates, so a scroll still under way (the reveal's)
 * ends there too.
 */
export function useKeepActionInView(
  root: RefObject<HTMLElement | null>,
  frame: RefObject<HTMLElement | null>,
  bar: RefObject<HTMLElement | null>,
  action: number,
  target: string,
  aim: boolean,
  reveal: boolean,
): void {
  const lastPress = useRef(-Infinity);
  const lastWindow = useRef<string | undefined>(undefined);
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const onPress = () => (lastPress.current = performance.now());
    el.addEventListener('pointerdown', onPress, true);
    return () => el.removeEventListener('pointerdown', onPress, true);
  }, [frame]);

  useEffect(() => {
    if (action === 0 && !reveal) return;
    let raf = 0;
    let timer = 0;
    let waited = 0;
    let settled = 0;
    const first = action === 0;
    const run = () => {
      const el = frame.current?.querySelector<HTMLElement>(`[data-target="${CSS.escape(target)}"]`);
      // The control may take a few frames to come (its screen's code loading): after about two seconds without
      // it, the first action's panel is brought into view all the same.
      if (!el && ++waited < 120) {
        raf = requestAnimationFrame(run);
        return;
      }
      // Two frames more once it is there: the screen's scale and the focus moved into a new dialog have settled.
      if (el && ++settled < 3) {
        raf = requestAnimationFrame(run);
        return;
      }
      const since = performance.now() - lastPress.current;
      if (since < DOUBLE_CLICK_MS) {
        timer = window.setTimeout(run, DOUBLE_CLICK_MS - since);
        return;
      }
      const scroller = el ? scrollerOf(el) : undefined;
      const port = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
      const b = bar.current;
      const under = b && getComputedStyle(b).position === 'sticky' ? b.offsetHeight : 0;
      const band = { top: Math.max(port.top, 0) + under + 8, bottom: Math.min(port.bottom, window.innerHeight) - 8 };
      let dy = 0;
      let win: HTMLElement | undefined;
      if (el) {
        win = windowOf(el);
        const title = win.querySelector('[data-slot="win-title"]')?.textContent ?? '';
        const moved = title !== lastWindow.current;
        lastWindow.current = title;
        const box = el.getBoundingClientRect();
        if (moved) dy = scrollToShow(band, win.getBoundingClientRect(), aim ? box : undefined);
        else if (aim && (box.top < band.top || box.bottom > band.bottom)) dy = scrollToShow(band, box);
      }
      // The first action: at least as far as the trainer panel's top, as a mode chosen on the step page always was.
      const panel = root.current?.closest<HTMLElement>('[data-testid="trainer-panel"]') ?? root.current;
      if (first && panel) dy = Math.max(dy, panel.getBoundingClientRect().top - Math.max(port.top, 0));
      const position = () => (scroller ? scroller.scrollTop : window.scrollY);
      const behavior = reducedMotion() ? 'auto' : 'smooth';
      const go = (top: number) => (scroller ?? window).scrollTo({ top, behavior });
      let goal = position() + dy;
      if (Math.abs(dy) >= 1) go(goal);
      if (!win) return;
      // What lies above may still change size for a moment (the step's pictures scaled again when the practice
      // takes the page's whole width): for about a second, the page follows the window, as long as the learner
      // has not scrolled, pressed or typed.
      const at = () => win.getBoundingClientRect().top + position();
      let base = at();
      let frames = 0;
      const follow = () => {
        if (left || ++frames > 60) return;
        const now = at();
        if (Math.abs(now - base) > 1) {
          goal += now - base;
          base = now;
          go(goal);
        }
        raf = requestAnimationFrame(follow);
      };
      raf = requestAnimationFrame(follow);
    };
    let left = false;
    const leave = () => (left = true);
    const LEAVE = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    for (const type of LEAVE) window.addEventListener(type, leave, { capture: true, passive: true });
    raf = requestAnimationFrame(run);
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
      for (const type of LEAVE) window.removeEventListener(type, leave, { capture: true });
    };
    // Only when the action changes: `reveal` counts for the first one alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [frame, bar, action, target, aim]);
}
