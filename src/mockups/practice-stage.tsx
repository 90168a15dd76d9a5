/**
 * A mockup screen for trainer mode: the same stage and screens as the figure,
 * but either operable (Try / Test: real, focusable controls that report each
 * activation) or an illustration a pointer moves over (Show). The pointer is
 * decorative: captions outside say in words what it does.
 *
 * Reduced motion: the pointer jumps instead of gliding, and the click is a
 * still ring instead of a ripple.
 */
import { useLayoutEffect, useRef, useState } from 'react';

import { cn } from '@/lib/cn';

import { type ScreenId, SCREENS, isScreenId, targetLabel } from './catalog';
import { MockupStage } from './mockup-stage';
import { ScreenSlot } from './screen-slot';
import { SpotlightCallout } from './spotlight-callout';

export type PracticePointer = {
  /** The control the pointer goes to. */
  target: string;
  /** Drawn clicking (a ring at its tip). */
  pressed: boolean;
  /** Glide there (otherwise jump). */
  animate: boolean;
  /** Length of the glide, in ms. */
  durationMs?: number;
  /** Stay where it is, even if the screen changes under it (after a click). */
  hold?: boolean;
};

type PracticeStageProps = {
  screen: string;
  state: Readonly<Record<string, unknown>>;
  /** Id of the element that names the picture. */
  labelledBy: string;
  /** Operable controls (Try / Test). */
  interactive?: boolean;
  onAction?: (targetId: string | null) => void;
  /** Ring and callout on this control (a hint, or Show's current control). */
  spotlight?: string;
  pointer?: PracticePointer;
  /**
   * Drawing scale (CSS zoom). Operable screens are drawn larger so that their
   * small NT 4 controls make click targets of at least 24 px (WCAG 2.5.8).
   */
  scale?: number;
  className?: string;
};

function findTarget(stage: HTMLElement, target: string): HTMLElement | undefined {
  return Array.from(stage.querySelectorAll<HTMLElement>('[data-target]')).find((el) => el.dataset.target === target);
}

/** Where the pointer's tip sits: the middle of the control, in stage coordinates. */
function usePointerPosition(
  stageRef: React.RefObject<HTMLDivElement | null>,
  target: string | undefined,
  key: string,
  hold: boolean,
): { x: number; y: number } | null {
  const [pos, setPos] = useState<{ x: number; y: number } | null>(null);
  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (!stage || !target || hold) return;
    const measure = () => {
      const el = findTarget(stage, target);
      if (!el) return;
      const s = stage.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      // Aim a little left of centre on wide controls (lists), like a real click on an item.
      const x = Math.round(r.left - s.left + Math.min(r.width / 2, 40));
      const y = Math.round(r.top - s.top + Math.min(r.height / 2, 12));
      setPos((prev) => (prev && prev.x === x && prev.y === y ? prev : { x, y }));
    };
    measure();
    // The screen loads lazily and may lay out after this effect: measure again when it changes.
    const mo = new MutationObserver(measure);
    mo.observe(stage, { childList: true, subtree: true });
    const ro = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    ro?.observe(stage);
    return () => {
      mo.disconnect();
      ro?.disconnect();
    };
  }, [stageRef, target, key, hold]);
  return pos;
}

function Pointer({ pos, pointer }: { pos: { x: number; y: number }; pointer: PracticePointer }) {
  return (
    <span
      aria-hidden="true"
      data-slot="practice-pointer"
      data-pressed={pointer.pressed ? '' : undefined}
      className={cn(
        'pointer-events-none absolute top-0 left-0 z-40',
        pointer.animate && 'transition-transform ease-in-out motion-reduce:transition-none',
      )}
      style={{
        transform: `translate(${pos.x}px, ${pos.y}px)`,
        transitionDuration: pointer.animate ? `${pointer.durationMs ?? 700}ms` : undefined,
      }}
    >
      {pointer.pressed && (
        <span
          className={cn(
            'absolute -top-3 -left-3 size-6 rounded-full border-[3px] border-spot forced-colors:border-[CanvasText]',
            pointer.animate && 'motion-safe:animate-ping',
          )}
        />
      )}
      <svg width="20" height="26" viewBox="0 0 20 26" className="relative drop-shadow-sm" focusable="false">
        <path
          d="M1 1v20l5-5 4 9 4-2-4-8h7z"
          className="fill-white stroke-black forced-colors:fill-[Canvas] forced-colors:stroke-[CanvasText]"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}

export function PracticeStage({
  screen,
  state,
  labelledBy,
  interactive = false,
  onAction,
  spotlight,
  pointer,
  scale = 1,
  className,
}: PracticeStageProps) {
  const stageRef = useRef<HTMLDivElement>(null);
  const stateKey = `${screen}|${JSON.stringify(state)}`;
  const pos = usePointerPosition(stageRef, pointer?.target, stateKey, pointer?.hold ?? false);
  if (!isScreenId(screen)) {
    return (
      <p className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        This screen picture can’t be shown: there is no screen called “{screen}”.
      </p>
    );
  }
  const id: ScreenId = screen;
  const size = SCREENS[id].size;
  const label = spotlight ? targetLabel(id, spotlight) : undefined;
  return (
    <MockupStage labelledBy={labelledBy} minHeight={Math.ceil(size.height * scale) + 96} stageRef={stageRef} className={className}>
      <ScreenSlot screen={id} width={size.width * scale} height={size.height * scale}>
        {(Screen) => (
          <>
            <div
              inert={!interactive}
              className="inline-block text-left align-top"
              data-slot="practice-screen"
              style={scale !== 1 ? { zoom: scale } : undefined}
            >
              <Screen {...state} target={spotlight} interactive={interactive} onAction={onAction} />
            </div>
            {spotlight && label && <SpotlightCallout stageRef={stageRef} target={spotlight} label={label} />}
          </>
        )}
      </ScreenSlot>
      {pointer && pos && <Pointer pos={pos} pointer={pointer} />}
    </MockupStage>
  );
}
