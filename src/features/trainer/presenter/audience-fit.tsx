/**
 * The audience window's drawn screens, scaled to the space they are given:
 * as large as the box allows, never larger than the box (nothing cut, a
 * dialog's OK button always in view). The scale is worked out here for the
 * window's box and drawn by the shared scaling primitive (fit-screen.tsx,
 * through PracticeStage's `fit`), which keeps the text crisp.
 */
import { useLayoutEffect, useRef, useState } from 'react';

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

/** The scale that fits `size` into a box of `box` (both CSS px), inside the stage's padding. */
export function fitScale(box: { width: number; height: number }, size: { width: number; height: number }): number {
  const s = Math.min((box.width - STAGE_X) / size.width, (box.height - STAGE_Y) / size.height, MAX_SCALE);
  return Math.max(0.25, Math.floor(s * 100) / 100);
}

type FittedScreenProps = {
  screen: string;
  state: Readonly<Record<string, unknown>>;
  labelledBy: string;
  spotlight?: string;
  pointer?: PracticePointer;
};

export function FittedScreen({ screen, state, labelledBy, spotlight, pointer }: FittedScreenProps) {
  const boxRef = useRef<HTMLDivElement>(null);
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
  return (
    <div
      ref={boxRef}
      className="relative min-h-0 w-full flex-1"
      data-testid="audience-screen-box"
      data-scale={scale}
      // The box size that scale was worked out for (what a test waits for after the window changes size).
      data-fit-for={box ? `${box.width}x${box.height}` : undefined}
    >
      {(scale !== undefined || !size) && (
        <div className="absolute inset-0 flex items-start justify-center">
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
