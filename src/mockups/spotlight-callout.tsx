/**
 * The callout that names the spotlit control. It sits in the free strip of
 * the stage above or below the window (whichever is nearer the control), so
 * it never covers the control (WCAG 2.4.11) nor any other part of the
 * screen, and a thin line runs from it to the matching magenta ring around
 * the control, along the ring's left edge. The ring of an open drop-down
 * list takes in the list (its popup). Decorative: the figure caption says
 * the same in text ("Highlighted: …").
 */
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

import { cn } from '@/lib/cn';

export type Box = { left: number; top: number; right: number; bottom: number };
export type CalloutPosition = {
  left: number;
  top: number;
  placement: 'top' | 'bottom';
  /** The line from the callout to the ring: x, top and height. */
  line: { x: number; top: number; height: number };
};

/** Ring outline (3px) + offset (2px). */
export const RING = 5;
/** Distance of the callout from the stage's top or bottom edge. */
export const STRIP_INSET = 6;
/** Height of the free strips above and below the window: the stage's vertical padding (py-12 in mockup-stage.tsx). */
export const STRIP = 48;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * Where to put a w×h callout for `target` inside a W×H stage (all in stage
 * coordinates). Pure, for tests.
 */
export function placeCallout(target: Box, w: number, h: number, W: number, H: number): CalloutPosition {
  const ringTop = target.top - RING;
  const ringBottom = target.bottom + RING;
  // The pointer runs at the ring's left edge, where it meets the ring's corner.
  const edge = target.left - RING + 1;
  const placement = (target.top + target.bottom) / 2 <= H / 2 ? 'top' : 'bottom';
  const top = placement === 'top' ? STRIP_INSET : H - STRIP_INSET - h;
  const left = clamp(Math.round(edge - 12), 4, W - w - 4);
  const x = Math.round(clamp(edge, left + 2, left + w - 2));
  // It reaches the ring, so the callout is plainly joined to the control however far inside the window it is.
  const lineTop = placement === 'top' ? top + h : ringBottom;
  const lineEnd = placement === 'top' ? ringTop : top;
  return {
    left,
    top: Math.round(top),
    placement,
    line: { x, top: Math.round(lineTop), height: Math.max(0, Math.round(lineEnd - lineTop)) },
  };
}

function findTarget(stage: HTMLElement, target: string): Element | undefined {
  return Array.from(stage.querySelectorAll('[data-target]')).find((el) => el.getAttribute('data-target') === target);
}

/** What the ring goes round: the control, or an open drop-down's popup (its field and list). */
function ringed(el: Element): Element {
  return el.querySelector('[data-slot="win-drop-down-popup"]') ?? el;
}

type SpotlightCalloutProps = {
  stageRef: RefObject<HTMLDivElement | null>;
  target: string;
  label: string;
};

export function SpotlightCallout({ stageRef, target, label }: SpotlightCalloutProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<CalloutPosition | null>(null);

  useLayoutEffect(() => {
    const box = ref.current;
    // The stage it is drawn on (its parent): found from the callout itself, because the stage's own ref is set
    // after this effect when both are drawn in the same commit.
    const stage = stageRef.current ?? box?.closest<HTMLDivElement>('[data-slot="mockup-stage"]');
    if (!stage || !box) return;
    const place = () => {
      const frame = stage.parentElement;
      const frameWidth = frame?.clientWidth;
      // On a narrow screen the callout wraps to the width of the visible frame (set here, before it is measured;
      // React's style never names it, so never undoes it).
      box.style.maxWidth = `${frameWidth ? Math.max(120, Math.min(520, frameWidth - 16)) : 520}px`;
      const found = findTarget(stage, target);
      if (!found) return setPos(null);
      const el = ringed(found);
      const s = stage.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      // In the stage's own px, however it is scaled from outside (the audience window's zoom).
      const k = stage.offsetWidth / s.width || 1;
      const next = placeCallout(
        {
          left: (r.left - s.left) * k,
          top: (r.top - s.top) * k,
          right: (r.right - s.left) * k,
          bottom: (r.bottom - s.top) * k,
        },
        box.offsetWidth,
        box.offsetHeight,
        // Keep the callout within the part of the stage the frame shows (it may scroll sideways).
        frame ? Math.min(stage.clientWidth, frame.scrollLeft + frame.clientWidth) : stage.clientWidth,
        stage.clientHeight,
      );
      setPos((prev) => (prev && JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    place();
    if (typeof ResizeObserver === 'undefined') return;
    // Placed again when the stage changes size (a new scale) or its drawing changes (a screen drawn, a new state, or
    // an attribute: a drawing scaled anew moves the control by its style alone, and on a busy machine that came
    // after the callout was first placed, which then pointed beside the control).
    const ro = new ResizeObserver(place);
    ro.observe(stage);
    const mo = new MutationObserver(place);
    mo.observe(stage, { childList: true, subtree: true, attributes: true });
    return () => {
      ro.disconnect();
      mo.disconnect();
    };
  }, [stageRef, target, label]);

  const text = label.charAt(0).toUpperCase() + label.slice(1);
  return (
    <>
      {pos && pos.line.height > 0 && (
        <span
          aria-hidden="true"
          data-slot="mockup-callout-line"
          className="pointer-events-none absolute z-30 w-[2px] bg-spot forced-colors:bg-[CanvasText]"
          style={{ left: pos.line.x - 1, top: pos.line.top, height: pos.line.height }}
        />
      )}
      <div
        ref={ref}
        aria-hidden="true"
        data-slot="mockup-callout"
        data-placement={pos?.placement}
        className={cn(!pos && 'invisible')}
        style={{ left: pos?.left ?? 0, top: pos?.top ?? 0 }}
      >
        {text}
      </div>
    </>
  );
}
