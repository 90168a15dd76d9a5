/**
 * The audience window's drawn screens, scaled to the space they are given:
 * as large as the box allows, never larger than the box (nothing cut, a
 * dialog's OK button always in view). The scale is worked out here for the
 * window's box and drawn by the shared scaling primitive (fit-screen.tsx,
 * through PracticeStage's `fit`), which keeps the text crisp.
 *
 * Zoomed in (the presenter's Z): a projector at 1024×768 draws a dialog at
 * about its own size, 11 px words. The picture then grows about the control
 * being shown (the spotlit one, or the one Show me's pointer goes to) and its
 * callout, and the box shows that part of it. Nothing is zoomed where no
 * control is shown (Test me, or Let me try before its hint highlights one), so
 * the zoom never gives an answer away.
 */
import { type CSSProperties, type RefObject, useLayoutEffect, useRef, useState } from 'react';

import { type ScreenId, SCREENS, isScreenId } from '@/mockups/catalog';
import { type PracticePointer, PracticeStage } from '@/mockups/practice-stage';
import { STRIP } from '@/mockups/spotlight-callout';

/**
 * Room the stage takes around the drawing: its padding and border (see mockup-stage.tsx), with a margin. Above and
 * below, the padding is the callout's free strip (`py-12` below, as on the main stage): the callout is placed
 * assuming that strip, so a thinner one put it over the window's title bar.
 */
const STAGE_X = 2 * 12 + 2 + 4;
const STAGE_Y = 2 * STRIP + 2 + 4;
/** Beyond this the screen's pixels get too coarse to help. */
const MAX_SCALE = 3;

/** How much larger than the fitted picture a zoomed one is drawn, at most. */
const ZOOM = 2;
/** Less than this, a zoom would cut the picture for words hardly larger: it is not zoomed. */
const ZOOM_MIN = 1.25;

/** The scale that fits `size` into a box of `box` (both CSS px), inside the stage's padding. */
export function fitScale(box: { width: number; height: number }, size: { width: number; height: number }): number {
  const s = Math.min((box.width - STAGE_X) / size.width, (box.height - STAGE_Y) / size.height, MAX_SCALE);
  return Math.max(0.25, Math.floor(s * 100) / 100);
}

/** A rectangle in CSS px. */
export type Rect = { left: number; top: number; right: number; bottom: number };
/** A zoom: the factor, and where the zoomed picture's top left corner goes in the box (`translate(x, y) scale(z)`). */
export type Zoom = { z: number; x: number; y: number };
export const NO_ZOOM: Zoom = { z: 1, x: 0, y: 0 };

/**
 * The zoom that shows `focus` (the control and its callout) as large as it fits, up to ZOOM times the fitted
 * picture and MAX_SCALE in all, in the middle of a `box` where it can be, with no more empty backdrop than the
 * picture leaves (`content`: the drawing's stage). All in the box's coordinates, unzoomed. Pure, for tests.
 */
export function zoomTo(box: { width: number; height: number }, content: Rect, focus: Rect, scale: number): Zoom {
  const pad = 16;
  const fw = focus.right - focus.left + 2 * pad;
  const fh = focus.bottom - focus.top + 2 * pad;
  const z = Math.floor(Math.max(1, Math.min(ZOOM, MAX_SCALE / scale, box.width / fw, box.height / fh)) * 100) / 100;
  if (z < ZOOM_MIN) return NO_ZOOM;
  const along = (size: number, lo: number, hi: number, from: number, to: number) => {
    // The whole extent fits: centred. Else the focus in the middle, but no edge of the picture inside the box.
    if ((hi - lo) * z <= size) return Math.round((size - (lo + hi) * z) / 2);
    const at = size / 2 - ((from + to) / 2) * z;
    return Math.round(Math.min(-lo * z, Math.max(size - hi * z, at)));
  };
  return {
    z,
    x: along(box.width, content.left, content.right, focus.left, focus.right),
    y: along(box.height, content.top, content.bottom, focus.top, focus.bottom),
  };
}

/** The zoom drawn at this moment (part way through its transition, it is part way between two). */
function drawnZoom(layer: HTMLElement): Zoom {
  const t = getComputedStyle(layer).transform;
  if (!t || t === 'none' || typeof DOMMatrixReadOnly === 'undefined') return NO_ZOOM;
  const m = new DOMMatrixReadOnly(t);
  return { z: m.a || 1, x: m.e, y: m.f };
}

/** Where `el` lies in the box's own coordinates, unzoomed: its rectangle on screen, less the box's corner and `now`. */
function unzoomed(el: Element, box: DOMRect, now: Zoom): Rect {
  const r = el.getBoundingClientRect();
  const at = (v: number, origin: number, shift: number) => (v - origin - shift) / now.z;
  return {
    left: at(r.left, box.left, now.x),
    top: at(r.top, box.top, now.y),
    right: at(r.right, box.left, now.x),
    bottom: at(r.bottom, box.top, now.y),
  };
}

function union(a: Rect, b: Rect | undefined): Rect {
  if (!b) return a;
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

/**
 * Zooms the picture in `box` about the control `target` while `on`: worked out again whenever the drawing changes
 * (a new state, the callout placed, the box resized), and written straight into the layer's style, which the
 * drawing's own observers do not watch. A change glides (Z pressed, the pointer's next control), except the first
 * zoom of a newly drawn picture (a new slide), which is simply there. Returns the zoom drawn, for the tests.
 */
function useZoom(
  boxRef: RefObject<HTMLDivElement | null>,
  layerRef: RefObject<HTMLDivElement | null>,
  on: boolean,
  target: string | undefined,
  scale: number | undefined,
  hold: boolean,
): Zoom {
  const [shown, setShown] = useState<Zoom>(NO_ZOOM);
  /** The zoom written into the layer's style, and whether this picture has been drawn once already. */
  const written = useRef<Zoom>(NO_ZOOM);
  const drawn = useRef(false);
  useLayoutEffect(() => {
    const box = boxRef.current;
    const layer = layerRef.current;
    if (!box || !layer) return;
    const apply = (next: Zoom) => {
      const now = written.current;
      if (next.z === now.z && next.x === now.x && next.y === now.y) return;
      written.current = next;
      const glide = drawn.current;
      if (!glide) layer.style.transitionDuration = '0s';
      layer.style.transform = next.z === 1 ? '' : `translate(${next.x}px, ${next.y}px) scale(${next.z})`;
      if (!glide) {
        void layer.offsetWidth; // drawn at once, then later changes glide
        layer.style.transitionDuration = '';
      }
      drawn.current = true;
      setShown(next);
    };
    const place = () => {
      // Between a demonstration's actions (its result on screen, a new window perhaps), the zoom stays where the
      // last action was, with the pointer, until the next action's control is shown.
      if (on && hold && written.current !== NO_ZOOM) return;
      const stage = layer.querySelector('[data-slot="mockup-stage"]');
      const el = target ? stage?.querySelector(`[data-target="${CSS.escape(target)}"]`) : null;
      if (!on || !stage || !el || scale === undefined) {
        if (!on) drawn.current = true;
        return apply(NO_ZOOM);
      }
      const b = box.getBoundingClientRect();
      const now = drawnZoom(layer);
      const callout = stage.querySelector('[data-slot="mockup-callout"]:not(.invisible)');
      apply(
        zoomTo(
          { width: b.width, height: b.height },
          unzoomed(stage, b, now),
          union(unzoomed(el, b, now), callout ? unzoomed(callout, b, now) : undefined),
          scale,
        ),
      );
    };
    place();
    if (!on || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(place);
    ro.observe(box);
    // Not for the layer's own style, which only this writes.
    const mo = new MutationObserver((records) => {
      if (records.some((r) => r.target !== layer)) place();
    });
    mo.observe(layer, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
    return () => {
      ro.disconnect();
      mo.disconnect();
    };
  }, [boxRef, layerRef, on, target, scale, hold]);
  return shown;
}

type FittedScreenProps = {
  screen: string;
  state: Readonly<Record<string, unknown>>;
  labelledBy: string;
  spotlight?: string;
  pointer?: PracticePointer;
  /** Zoomed in on the control shown: the spotlit one, else the one the pointer goes to. */
  zoom?: boolean;
};

export function FittedScreen({ screen, state, labelledBy, spotlight, pointer, zoom = false }: FittedScreenProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      setBox((b) =>
        b && b.width === Math.floor(r.width) && b.height === Math.floor(r.height)
          ? b
          : { width: Math.floor(r.width), height: Math.floor(r.height) },
      );
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const size = isScreenId(screen) ? SCREENS[screen as ScreenId]!.size : undefined;
  const scale = box && size ? fitScale(box, size) : undefined;
  const zoomed = useZoom(boxRef, layerRef, zoom, spotlight ?? pointer?.target, scale, !spotlight && !!pointer?.hold);
  return (
    <div
      ref={boxRef}
      className="relative min-h-0 w-full flex-1 overflow-hidden"
      data-testid="audience-screen-box"
      data-scale={scale}
      data-zoom={zoomed.z > 1 ? zoomed.z : undefined}
      // The box size that scale was worked out for (what a test waits for after the window changes size).
      data-fit-for={box ? `${box.width}x${box.height}` : undefined}
    >
      {(scale !== undefined || !size) && (
        <div
          ref={layerRef}
          // The callout's words grow with the picture's, by half at most, on one line (its own width limit, set inline,
          // is for the main page's narrow frames): it still fits its strip by the window.
          style={{ '--callout-scale': Math.min(1.5, Math.max(1, scale ?? 1)) } as CSSProperties}
          className="absolute inset-0 flex origin-top-left items-start justify-center transition-transform duration-500 ease-in-out motion-reduce:transition-none [&_[data-slot=mockup-callout]]:text-[length:calc(0.75rem*var(--callout-scale))] [&_[data-slot=mockup-callout]]:leading-[1.3] [&_[data-slot=mockup-callout]]:max-w-none! [&_[data-slot=mockup-callout]]:whitespace-nowrap"
        >
          <PracticeStage
            screen={screen}
            state={state}
            labelledBy={labelledBy}
            spotlight={spotlight}
            pointer={pointer}
            fit={{ min: scale ?? 1, max: scale ?? 1 }}
            className="max-h-full [&>[data-slot=mockup-stage]]:min-h-0! [&>[data-slot=mockup-stage]]:px-3! [&>[data-slot=mockup-stage]]:py-12!"
          />
        </div>
      )}
    </div>
  );
}
