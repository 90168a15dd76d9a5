/**
 * The one scaling rule for every drawn screen: step pictures, the Enlarge
 * view, Let me try and Test me, presenter and audience. Wrap the drawing in
 * <FitScreen> and say how far it may grow or shrink:
 *
 *   <FitScreen width={640} height={420} max={1}>…screen…</FitScreen>
 *
 * - The drawing is laid out at its own size and scaled with a CSS transform:
 *   the browser draws DOM text at the final size, so it stays crisp (no
 *   bitmap scaling). Its box on the page takes the scaled size.
 * - scale = min(max, box width ÷ drawing width, maxHeight ÷ drawing height),
 *   never below `min`. The drawing's size is measured (width/height are only
 *   the estimate used until then, e.g. the catalog's size).
 * - Never cut, and the page never scrolls sideways: the drawing is never
 *   wider than its box, except when `min` forbids shrinking it further (Let
 *   me try keeps click targets at 24 px, WCAG 2.5.8). Then, and only then,
 *   the box scrolls sideways by itself: a focusable region named by
 *   `labelledBy`, so keyboard users can scroll it too.
 * - Print: every drawing is printed at min(1, PRINT_WIDTH ÷ its width),
 *   whatever its scale on screen, by CSS alone (win-theme.css), because no
 *   script runs between the print layout and the printed page.
 */
import { type CSSProperties, type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';

import { cn } from '@/lib/cn';

export type FitRule = {
  /** Largest scale (1 = the program's own size). Default 1. */
  max?: number;
  /** Smallest scale. Below it the box scrolls sideways instead. Default 0. */
  min?: number;
  /** Fit the height too, where that keeps the scale at or above `min` (CSS px). */
  maxHeight?: number;
};

/** The printable width of a portrait A4 or Letter page at the browser's default margins, in CSS px (rounded down). */
export const PRINT_WIDTH = 680;

/** The scale of a drawing of `natural` size in a box `box` px wide, under `rule`. Pure, for tests. */
export function fitScale(natural: { width: number; height: number }, box: number, rule: FitRule = {}): number {
  const { max = 1, min = 0, maxHeight } = rule;
  if (!(natural.width > 0) || !(box > 0)) return Math.max(min, Math.min(max, 1));
  let s = Math.min(max, box / natural.width);
  if (maxHeight !== undefined && maxHeight > 0 && natural.height > 0) s = Math.min(s, maxHeight / natural.height);
  return Math.floor(Math.max(min, s) * 1000) / 1000;
}

type FitScreenProps = FitRule & {
  /** The drawing's expected size in CSS px, used until it is measured. */
  width: number;
  height: number;
  /** Id of the element that names the drawing (names the region when it has to scroll). */
  labelledBy?: string;
  /** Told the scale whenever it changes (e.g. to offer Enlarge when it is below 1). */
  onScale?: (scale: number) => void;
  /**
   * What sits between the box and the drawing (a backdrop with padding, and
   * overlays in its coordinates): it scrolls with the drawing, and its
   * horizontal padding is taken off the width available.
   */
  frame?: (drawing: ReactNode) => ReactNode;
  children: ReactNode;
  className?: string;
};

type Measure = { box: number; w: number; h: number };

export function FitScreen({
  width,
  height,
  max,
  min,
  maxHeight,
  labelledBy,
  onScale,
  frame = (drawing) => drawing,
  children,
  className,
}: FitScreenProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const innerRef = useRef<HTMLDivElement>(null);
  // Without ResizeObserver (jsdom, very old browsers) the drawing keeps its own size.
  const [m, setM] = useState<Measure>(() => ({
    box: typeof ResizeObserver === 'undefined' ? width : 0,
    w: width,
    h: height,
  }));

  useLayoutEffect(() => {
    const box = boxRef.current;
    const inner = innerRef.current;
    if (!box || !inner || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      // The width left for the drawing: the box less the padding of whatever frames the drawing.
      const host = inner.parentElement?.parentElement;
      let pad = 0;
      if (host && host !== box) {
        const cs = getComputedStyle(host);
        pad = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight) || 0;
      }
      const next = { box: box.clientWidth - pad, w: inner.offsetWidth || width, h: inner.offsetHeight || height };
      setM((p) => (p.box === next.box && p.w === next.w && p.h === next.h ? p : next));
    };
    // Measured once before the first paint, so it never shows at a wrong scale (a layout forced in the commit: on a
    // question with a picture that is in the click; a fix step draws its pictures a frame after the words);
    // then again whenever the box or the drawing changes size.
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(box);
    ro.observe(inner);
    return () => ro.disconnect();
  }, [width, height]);

  const measured = m.box > 0;
  const s = fitScale({ width: m.w, height: m.h }, m.box, { max, min, maxHeight });
  const scrolls = measured && m.w * s > m.box + 0.5;
  useEffect(() => {
    if (measured) onScale?.(s);
  }, [measured, s, onScale]);

  const vars = {
    '--fit-w': m.w,
    '--fit-h': m.h,
    '--fit-s': s,
    '--fit-p': Math.min(1, PRINT_WIDTH / m.w),
  } as CSSProperties;
  return (
    <div
      ref={boxRef}
      data-slot="fit-box"
      data-scrolls={scrolls ? '' : undefined}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'group' : undefined}
      aria-labelledby={scrolls ? labelledBy : undefined}
      className={cn('w-full', scrolls && 'overflow-x-auto overflow-y-hidden', className)}
    >
      {frame(
        <div data-slot="fit-screen" data-scale={s} className={cn(!measured && 'invisible')} style={vars}>
          <div ref={innerRef} data-slot="fit-drawing">
            {children}
          </div>
        </div>,
      )}
    </div>
  );
}
