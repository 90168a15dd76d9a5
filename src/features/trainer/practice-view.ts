/**
 * Where a trainer panel is on the page: brought into view when chosen, its task bar's height told to the page,
 * each practice action's window kept in view, and the height a practice window fits in below the task bar.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';

import { type Span, scrollToShow } from './keep-in-view';
import { reloadedPage } from './practice-resume';
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

/**
 * Whether the focus is where choosing a mode on the step page leaves it (the trainer bar's button, or nowhere), or
 * where arriving at a step's link with a mode leaves it (the step's heading: "Practise the next step", a shared
 * link): the mode's panel then takes it, since the page scrolls away from it to the panel (WCAG 2.4.3). Focus the
 * learner has moved elsewhere is left there.
 */
export function focusLeftByModeChoice(): boolean {
  const active = document.activeElement;
  return (
    !active ||
    active === document.body ||
    !!active.closest('[data-testid="trainer-bar"]') ||
    active.hasAttribute('data-step-heading')
  );
}

/** Room kept free above and below a practice window, between the task bar and the bottom of the window (CSS px). */
export const BAND_MARGIN = 16;

/** The height of what scrolls the page around `el`: a box that scrolls by itself (presenter mode), else the window. */
function portHeight(el: HTMLElement): number {
  for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p.clientHeight;
  }
  return window.innerHeight;
}

/** Windows' default double-click time: a click this recent may be the first half of a double-click. */
const DOUBLE_CLICK_MS = 500;

/** When the pointer last went down in the practice screen (`frame`), as performance.now(): -Infinity before. */
export function useLastPress(frame: RefObject<HTMLElement | null>): RefObject<number> {
  const lastPress = useRef(-Infinity);
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const onPress = () => (lastPress.current = performance.now());
    el.addEventListener('pointerdown', onPress, true);
    return () => el.removeEventListener('pointerdown', onPress, true);
  }, [frame]);
  return lastPress;
}

/**
 * The height a practice window may take to be seen whole below the task bar (`bar`): the page's height, less the
 * bar's where it stays at the top of the window, less a margin; kept up to date as either changes. The task is
 * counted at its tallest so far (a task of three lines), so that the same window keeps its size from one action
 * to the next, until the page itself changes size. What a wrong action or a hint adds below it
 * (`[data-slot="practice-feedback"]`) is counted as it is now: the window is drawn smaller while the hint is shown,
 * rather than lie under it (its title bar, its menu bar), and as large again once it is gone. Never within a
 * double-click's time of a click in the screen (`lastPress`): the screen is not scaled anew between the two
 * clicks of a double-click.
 */
export function usePracticeBand(bar: RefObject<HTMLElement | null>, lastPress: RefObject<number>): number {
  const [band, setBand] = useState(() => (typeof window === 'undefined' ? 768 : window.innerHeight) - 160);
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    let tallest = { page: '', height: 0 };
    let timer = 0;
    const measure = () => {
      window.clearTimeout(timer);
      const sticky = getComputedStyle(el).position === 'sticky';
      const feedback = sticky
        ? (el.querySelector<HTMLElement>('[data-slot="practice-feedback"]')?.offsetHeight ?? 0)
        : 0;
      const task = sticky ? el.offsetHeight - feedback : 0;
      const port = portHeight(el);
      const page = `${window.innerWidth}x${port}`;
      tallest = { page, height: tallest.page === page ? Math.max(tallest.height, task) : task };
      const next = Math.max(120, Math.floor(port - tallest.height - feedback - 2 * BAND_MARGIN));
      const since = performance.now() - lastPress.current;
      if (since < DOUBLE_CLICK_MS) timer = window.setTimeout(measure, DOUBLE_CLICK_MS - since);
      else setBand((prev) => (prev === next ? prev : next));
    };
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    ro?.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      window.clearTimeout(timer);
      ro?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [bar, lastPress]);
  return band;
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

const across = (r: DOMRect): Span => ({ top: r.left, bottom: r.right });

/**
 * On a screen too narrow for the practice window, its frame scrolls sideways: for a new window, to its left edge,
 * and with `aim` to the control to operate (when it is out of sight, also within the same window).
 */
function showSideways(el: HTMLElement, win: HTMLElement, moved: boolean, aim: boolean, behavior: ScrollBehavior) {
  const frame = el.closest<HTMLElement>('[data-scrolls]');
  if (!frame) return;
  const port = frame.getBoundingClientRect();
  const lane = { top: port.left + 8, bottom: port.right - 8 };
  const box = across(el.getBoundingClientRect());
  let dx = 0;
  if (moved) dx = scrollToShow(lane, across(win.getBoundingClientRect()), aim ? box : undefined);
  else if (aim && (box.top < lane.top || box.bottom > lane.bottom)) dx = scrollToShow(lane, box);
  if (dx) frame.scrollTo({ left: frame.scrollLeft + dx, behavior });
}

/**
 * Calls `then` with the control `target` of the practice screen in `frame` once its screen is drawn (a screen's
 * code may still be loading: after about two seconds without it, with undefined), two frames more for its scale and
 * the focus moved into a new dialog to settle, and once a click in the screen (`lastPress`) is more than a
 * double-click's time old, so that the page never moves between the two clicks of a double-click. Returns what
 * cancels it.
 */
function whenSettled(
  frame: RefObject<HTMLElement | null>,
  target: string,
  lastPress: RefObject<number>,
  then: (el: HTMLElement | undefined) => void,
): () => void {
  let raf = 0;
  let timer = 0;
  let waited = 0;
  let settled = 0;
  const run = () => {
    const el = frame.current?.querySelector<HTMLElement>(`[data-target="${CSS.escape(target)}"]`) ?? undefined;
    if ((!el && ++waited < 120) || (el && ++settled < 3)) {
      raf = requestAnimationFrame(run);
      return;
    }
    const since = performance.now() - lastPress.current;
    if (since < DOUBLE_CLICK_MS) timer = window.setTimeout(run, DOUBLE_CLICK_MS - since);
    else then(el);
  };
  raf = requestAnimationFrame(run);
  return () => {
    cancelAnimationFrame(raf);
    window.clearTimeout(timer);
  };
}

/**
 * The band below the task bar `b` on screen, within the box that scrolls the page (`scroller`, else the window):
 * `under` is the bar's height where it stays at the top (0 elsewhere), `top` the top of what is seen.
 */
function bandBelow(b: HTMLElement | null, scroller: HTMLElement | undefined) {
  const port = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  const under = b && getComputedStyle(b).position === 'sticky' ? b.offsetHeight : 0;
  const top = Math.max(port.top, 0);
  return { top, under, band: { top: top + under + 8, bottom: Math.min(port.bottom, window.innerHeight) - 8 } };
}

const scrollPosition = (scroller: HTMLElement | undefined) => (scroller ? scroller.scrollTop : window.scrollY);

/**
 * Before each practice action, scrolls the page so that the window the action happens in lies below the task bar:
 * all of it when it fits, else from its title bar down (keep-in-view.ts). The page moves only when the action
 * moves to another window (a dialog opened or closed), so a learner who scrolled within a window is left there;
 * with `aim` (Let me try), also when the control to operate is out of view, which is then brought in. Test me never
 * points at it. The first action only when the panel is to be brought into view (`reveal`, a mode chosen on the
 * step page), which this then does too, in one movement: elsewhere the page opens at its top. Where the task bar
 * does not stay at the top (a narrow or short window), the first action brings the task into view, and the page
 * then moves as little as it can, so the task stays in view as long as it can: to the control (Let me try), or
 * to a new window's title bar (Test me). A frame that scrolls sideways follows too (showSideways).
 *
 * When the room below the bar changes within an action (`room`, usePracticeBand: a hint came, and the bar grew
 * over the window's top), the window is brought back below the bar, with the control (Let me try).
 *
 * It waits for the screen to settle (whenSettled). The place is worked out in the page's own coordinates, so a
 * scroll still under way (the reveal's) ends there too.
 */
export function useKeepActionInView(
  root: RefObject<HTMLElement | null>,
  frame: RefObject<HTMLElement | null>,
  bar: RefObject<HTMLElement | null>,
  lastPress: RefObject<number>,
  room: number,
  action: number,
  target: string,
  aim: boolean,
  reveal: boolean,
): void {
  const lastWindow = useRef<string | undefined>(undefined);
  /** The action the page was last placed for. */
  const placed = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (action === 0 && !reveal) {
      placed.current = action;
      return;
    }
    let raf = 0;
    const first = action === 0;
    const arriving = placed.current === undefined;
    const cancel = whenSettled(frame, target, lastPress, (el) => {
      placed.current = action;
      const scroller = el ? scrollerOf(el) : undefined;
      const { top: portTop, under, band } = bandBelow(bar.current, scroller);
      let dy = 0;
      let win: HTMLElement | undefined;
      // A practice the page was reloaded on comes back at once, not in a long glide from the top of the page.
      const behavior = reducedMotion() || (arriving && reloadedPage() !== undefined) ? 'auto' : 'smooth';
      if (el) {
        win = windowOf(el);
        const title = win.querySelector('[data-slot="win-title"]')?.textContent ?? '';
        const moved = title !== lastWindow.current;
        lastWindow.current = title;
        const box = el.getBoundingClientRect();
        const out = box.top < band.top || box.bottom > band.bottom;
        if (under) {
          // A new window, or one that fits the band but has come to lie across its edge (the task above it grew
          // shorter): all of it into the band, and the control too.
          const w = win.getBoundingClientRect();
          const astray = w.height <= band.bottom - band.top && (w.top < band.top || w.bottom > band.bottom);
          if (moved || astray) dy = scrollToShow(band, w, aim ? box : undefined);
          else if (aim && out) dy = scrollToShow(band, box);
        } else {
          const titleBar = (win.querySelector('[data-slot="win-title-bar"]') ?? win).getBoundingClientRect();
          const to = aim ? box : moved ? titleBar : undefined;
          if (to) dy = scrollToShow(band, to);
        }
        showSideways(el, win, moved, aim, behavior);
      }
      // The first action: at least as far as the trainer panel's top, as a mode chosen on the step page always was;
      // without a bar at the top, that far only, so that the task is seen.
      const panel = root.current?.closest<HTMLElement>('[data-testid="trainer-panel"]') ?? root.current;
      if (first && panel) {
        const top = panel.getBoundingClientRect().top - portTop;
        dy = under ? Math.max(dy, top) : top;
      }
      const go = (top: number) => (scroller ?? window).scrollTo({ top, behavior });
      let goal = scrollPosition(scroller) + dy;
      if (Math.abs(dy) >= 1) go(goal);
      if (!win) return;
      // What lies above may still change size for a moment (the step's pictures scaled again when the practice
      // takes the page's whole width): for about a second, the page follows the window, as long as the learner
      // has not scrolled, pressed or typed.
      const at = () => win.getBoundingClientRect().top + scrollPosition(scroller);
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
    });
    let left = false;
    const leave = () => (left = true);
    const LEAVE = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    for (const type of LEAVE) window.addEventListener(type, leave, { capture: true, passive: true });
    return () => {
      cancel();
      cancelAnimationFrame(raf);
      for (const type of LEAVE) window.removeEventListener(type, leave, { capture: true });
    };
    // Only when the action changes: `reveal` counts for the first one alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [frame, bar, action, target, aim]);

  const lastRoom = useRef(room);
  useEffect(() => {
    if (room === lastRoom.current) return;
    lastRoom.current = room;
    // An action not placed yet is placed whole by the effect above, in the room it then has.
    if (placed.current !== action) return;
    return whenSettled(frame, target, lastPress, (el) => {
      if (!el) return;
      const scroller = scrollerOf(el);
      const { under, band } = bandBelow(bar.current, scroller);
      const w = windowOf(el).getBoundingClientRect();
      const box = el.getBoundingClientRect();
      // Only what the bar now covers: elsewhere the learner's own scrolling is left alone.
      if (!under || (w.top >= band.top - 0.5 && !(aim && box.top < band.top))) return;
      const dy = scrollToShow(band, w, aim ? box : undefined);
      const behavior = reducedMotion() ? 'auto' : 'smooth';
      if (dy) (scroller ?? window).scrollTo({ top: scrollPosition(scroller) + dy, behavior });
    });
  }, [frame, bar, lastPress, room, action, target, aim]);
}

/**
 * A key that moves the focus in the practice screen (Escape back to the menu bar, Tab, Alt and a letter) makes the
 * browser scroll the focused control into view when it lay under the task bar, to the middle of the page, which
 * can push the window it is in off the bottom. When that window fits below the bar, it is put back there whole,
 * with the control, before the next frame is drawn.
 */
export function useKeepFocusedWindowWhole(frame: RefObject<HTMLElement | null>, bar: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const fr = frame.current;
    if (!fr) return;
    let before: number | undefined;
    let raf = 0;
    // Where the page was before the key: its own handlers move the focus before the next frame.
    const onKey = () => {
      before = scrollPosition(scrollerOf(fr));
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(() => (before = undefined));
    };
    const onFocus = (e: FocusEvent) => {
      const el = e.target as HTMLElement;
      const scroller = scrollerOf(el);
      if (before === undefined || Math.abs(scrollPosition(scroller) - before) < 1) return;
      before = undefined;
      const { under, band } = bandBelow(bar.current, scroller);
      const w = windowOf(el).getBoundingClientRect();
      if (!under || w.height > band.bottom - band.top) return;
      const dy = scrollToShow(band, w, el.getBoundingClientRect());
      if (dy) (scroller ?? window).scrollTo({ top: scrollPosition(scroller) + dy, behavior: 'instant' });
    };
    window.addEventListener('keydown', onKey, true);
    fr.addEventListener('focusin', onFocus);
    return () => {
      cancelAnimationFrame(raf);
      window.removeEventListener('keydown', onKey, true);
      fr.removeEventListener('focusin', onFocus);
    };
  }, [frame, bar]);
}
