/**
 * Show ("show me"): a pointer moves to each control and clicks it, the screen
 * changes to what comes next, and a caption says what happened. Pause, step
 * back and forth, replay, and three speeds. With reduced motion nothing plays
 * by itself: Next walks through it one change at a time, without
 * animation.
 */
import { type Ref, useEffect, useId, useImperativeHandle, useLayoutEffect, useReducer, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';
import { RichText } from '@/components/ui/rich-text';
import { useKeepFocusInGroup } from '@/components/ui/use-keep-focus-in-group';
import type { TrainerMove } from '@/content/trainer-moves';
import { cn } from '@/lib/cn';
import { PracticeStage } from '@/mockups/practice-stage';

import { controlName, everyAction, moveInstruction, screenTitle } from './move-text';
import { focusLeftByModeChoice, useReveal, useViewportHeight } from './practice-view';
import {
  PHASE_MS,
  type ShowEvent,
  type ShowPhase,
  type ShowState,
  showReducer,
  shownScreen,
  showsAfter,
  startShow,
} from './show-machine';
import { useMediaQuery } from './use-media-query';
import { useReducedMotion } from './use-reduced-motion';

export type ShowProgress = { index: number; phase: ShowPhase; finished: boolean };

/** Presenter mode drives Show from its keys (Space, arrows, a clicker) through this handle. */
export type ShowControl = { readonly state: ShowState; readonly reduced: boolean; dispatch: (e: ShowEvent) => void };

const SPEEDS = { slow: 1.6, normal: 1, fast: 0.35 } as const;
type Speed = keyof typeof SPEEDS;

type ShowPlayerProps = {
  moves: readonly TrainerMove[];
  onProgress?: (p: ShowProgress) => void;
  large?: boolean;
  control?: Ref<ShowControl>;
  /** Scroll into view once drawn (a mode chosen on the step page): it plays where it is seen. */
  reveal?: boolean;
};

/** Room the playback buttons and the caption take above the screen, and the stage's strips, in CSS px. */
const SHOW_CHROME = 300;

/** A phone-sized window, where a screen shrunk to its width would be too small to read. */
const NARROW = '(width < 48rem)';
function useNarrowWindow(): boolean {
  return useMediaQuery(NARROW);
}

/**
 * In a narrow window the screen is drawn at the program's own size and scrolls sideways in its box (fit-screen.tsx):
 * the box scrolls so that the control the pointer goes to is in view (one wider than the box from its start, where
 * a list row's words and the pointer are), and the page so that it is in the window, which a phone's screen
 * picture is taller than. Nothing moves when it is in view already.
 */
function keepTargetInView(figure: HTMLElement | null, target: string): void {
  const box = figure?.querySelector<HTMLElement>('[data-slot="fit-box"][data-scrolls]');
  const el = box?.querySelector<HTMLElement>(`[data-target="${CSS.escape(target)}"]`);
  if (!box || !el) return;
  const b = box.getBoundingClientRect();
  const t = el.getBoundingClientRect();
  if (t.left < b.left || t.right > b.right)
    box.scrollLeft += t.width > b.width - 16 ? t.left - b.left - 8 : t.left + t.width / 2 - (b.left + b.width / 2);
  if (t.top < 0 || t.bottom > window.innerHeight) window.scrollBy(0, t.top + t.height / 2 - window.innerHeight / 2);
}

export function ShowPlayer({ moves, onProgress, large = false, control, reveal }: ShowPlayerProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  useReveal(rootRef, reveal);
  // Chosen on the step page, the page scrolls to the show and away from the button that chose it: focus goes to
  // the show's first control (WCAG 2.4.3), without moving the page again.
  useLayoutEffect(() => {
    if (reveal && focusLeftByModeChoice())
      rootRef.current
        ?.querySelector<HTMLElement>('[data-slot="show-controls"] button:enabled')
        ?.focus({ preventScroll: true });
  }, [reveal]);
  const viewportHeight = useViewportHeight();
  const narrow = useNarrowWindow();
  const figureRef = useRef<HTMLElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  useKeepFocusInGroup(controlsRef);
  const reduced = useReducedMotion();
  const [speed, setSpeed] = useState<Speed>('normal');
  const [s, dispatch] = useReducer(showReducer, undefined, () => startShow(moves.length, !reduced));
  useImperativeHandle(control, () => ({ state: s, reduced, dispatch }), [s, reduced]);
  const id = useId();
  const titleId = `${id}-title`;

  // The clock lives here, in the UI: one timeout per phase while playing.
  useEffect(() => {
    if (!s.playing || s.finished || reduced) return;
    const t = window.setTimeout(() => dispatch({ type: 'tick' }), PHASE_MS[s.phase] * SPEEDS[speed]);
    return () => window.clearTimeout(t);
  }, [s.playing, s.finished, s.phase, s.index, speed, reduced]);

  // Reduced motion switched on while playing: stop.
  useEffect(() => {
    if (reduced) dispatch({ type: 'pause' });
  }, [reduced]);

  useEffect(
    () => onProgress?.({ index: s.index, phase: s.phase, finished: s.finished }),
    [onProgress, s.index, s.phase, s.finished],
  );

  const move = moves[s.index];
  const target = move?.target;
  // After the screen is drawn and scaled (the next frame): the control of this action in view.
  useEffect(() => {
    if (!narrow || !target) return;
    const frame = requestAnimationFrame(() => keepTargetInView(figureRef.current, target));
    return () => cancelAnimationFrame(frame);
  }, [narrow, target, s.index]);
  const shown = shownScreen(s, moves);
  if (!move || !shown) return null;
  const pointing = !s.finished && s.phase !== 'result';
  // Once the last action has closed its window, the control it clicked is gone, and so is the pointer.
  const closed = showsAfter(s, moves);

  return (
    <div ref={rootRef} data-slot="show-player" className={cn('grid gap-4', large ? 'text-xl' : 'text-base')}>
      <div
        ref={controlsRef}
        className="flex flex-wrap items-center gap-2"
        role="group"
        aria-label="Playback"
        data-slot="show-controls"
      >
        {!reduced &&
          (s.playing ? (
            <Button variant="secondary" onClick={() => dispatch({ type: 'pause' })}>
              Pause
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => dispatch({ type: 'play' })} disabled={s.finished}>
              Play
            </Button>
          ))}
        <Button
          variant="secondary"
          onClick={() => dispatch({ type: 'previous' })}
          disabled={s.index === 0 && s.phase === 'point' && !s.finished}
        >
          Previous
        </Button>
        <Button
          variant={reduced ? 'primary' : 'secondary'}
          onClick={() => dispatch({ type: 'next' })}
          disabled={s.finished}
        >
          Next
        </Button>
        <Button variant="secondary" onClick={() => dispatch({ type: 'replay', play: !reduced })}>
          Replay
        </Button>
        {!reduced && (
          <label className="ml-auto flex items-center gap-2 text-sm">
            Speed
            <select
              value={speed}
              onChange={(e) => setSpeed(e.currentTarget.value as Speed)}
              className="min-h-11 rounded-md border border-slate-400 bg-white px-2"
            >
              <option value="slow">Slow</option>
              <option value="normal">Normal</option>
              <option value="fast">Fast</option>
            </select>
          </label>
        )}
      </div>

      <div
        aria-live="polite"
        aria-atomic="true"
        data-testid="show-caption"
        data-finished={s.finished ? '' : undefined}
        className="min-h-16 max-w-prose rounded-md border border-slate-300 bg-white px-3 py-2"
      >
        {s.finished ? (
          <p>
            <span className="font-semibold">Finished:</span> {`${everyAction(moves.length)} shown.`} Choose Replay to
            watch again, or Let me try to do it yourself.
          </p>
        ) : (
          <p>
            <span className="font-semibold">{`Action ${s.index + 1} of ${moves.length}: `}</span>
            <RichText text={moveInstruction(move)} />
            {s.phase === 'result' && <> {move.result ? <RichText text={move.result} /> : 'Done.'}</>}
          </p>
        )}
      </div>

      <figure ref={figureRef} aria-labelledby={titleId} aria-describedby={`${id}-hl`} className="m-0 min-w-0">
        <PracticeStage
          screen={shown.screen}
          state={shown.state ?? {}}
          labelledBy={titleId}
          // On a phone, the program's own size (sideways scrolling) rather than shrunk to a few pixels' type.
          fit={{ min: narrow ? 1 : 0, max: 1.5, maxHeight: viewportHeight - SHOW_CHROME }}
          spotlight={pointing ? move.target : undefined}
          pointer={
            closed
              ? undefined
              : {
                  target: move.target,
                  pressed: !s.finished && s.phase === 'press',
                  animate: !reduced,
                  durationMs: Math.round(PHASE_MS.point * SPEEDS[speed] * 0.8),
                  hold: !pointing,
                }
          }
        />
        <figcaption className="mt-2 text-sm text-slate-700">
          <span id={titleId} className="block font-semibold text-slate-900">
            {screenTitle(shown.screen)}
          </span>
          <span id={`${id}-hl`} className="block">
            {pointing ? (
              <>
                <span className="font-semibold">Highlighted:</span> {controlName(move)}
              </>
            ) : (
              'The screen after this step.'
            )}
          </span>
        </figcaption>
      </figure>
    </div>
  );
}
