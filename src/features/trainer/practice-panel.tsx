/**
 * Try ("let me try") and Test ("test me") on a fix step: the learner operates
 * the mockup. Each right action moves the screen on to the next state. In
 * Try a wrong one climbs the hint ladder (words → spotlight → "show me"); in
 * Test there are no hints, wrong actions and time are counted, and the end
 * shows a score per action and overall.
 *
 * The controls are the mockup's own (real buttons, tabs, tree items, list
 * items), so everything works with the keyboard; focus is never trapped.
 * Chosen on the step page, the practice takes the focus on its task (the
 * button that chose it scrolls away), and again when it starts over.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useReducer, useRef, useState } from 'react';

import { announce } from '@/components/ui/announcer';
import { Button, ButtonLink } from '@/components/ui/button';
import { RichText, plainText } from '@/components/ui/rich-text';
import type { StepNode } from '@/content/schema';
import type { TrainerMove } from '@/content/trainer-moves';
import { cn } from '@/lib/cn';
import { SCREENS, isScreenId } from '@/mockups/catalog';
import type { FitRule } from '@/mockups/fit-screen';
import { type PracticeGesture, PracticeStage } from '@/mockups/practice-stage';
import { loadScreen } from '@/mockups/registry';

import { TakeTestButton } from './class/take-test-button';
import { practiceSpecs } from './move-goals';
import { controlName, everyAction, moveInstruction, screenTitle, taskText } from './move-text';
import type { NextPractice } from './next-practice';
import { type PracticeKind, type PracticeState, practiceReducer, startPractice } from './practice-machine';
import { forgetPractice, keepPractice, readPractice } from './practice-resume';
import { LeaveGuard } from './leave-guard';
import { TestResults } from './test-results';
import {
  focusLeftByModeChoice,
  useKeepActionInView,
  useKeepFocusedWindowWhole,
  useLastPress,
  usePracticeBand,
  useTaskBarHeight,
} from './practice-view';
import { useReducedMotion } from './use-reduced-motion';

/** Where the learner is, for presenter mode to mirror: as the channel's `practice` (channel.ts). */
export type PracticeProgress = {
  index: number;
  spotlight: boolean;
  finished: boolean;
  hint?: number;
  wrong?: boolean;
  /** The screen as the learner's last action on this move left it (a wrong item selected, a box typed in). */
  screen?: Readonly<Record<string, unknown>>;
};

type PracticePanelProps = {
  kind: PracticeKind;
  flowId: string;
  step: StepNode;
  moves: readonly TrainerMove[];
  /** Reports where the learner is (the presenter mirrors it to the audience). */
  onProgress?: (p: PracticeProgress) => void;
  /** Presenter: larger type. */
  large?: boolean;
  /** Scroll into view once drawn (a mode chosen on the step page). */
  reveal?: boolean;
  /** The clock for timing (ms); the UI's, never the engine's. */
  clock?: () => number;
  /** The fix step to practise next, offered at the end of Let me try (the step page without a case). */
  next?: NextPractice;
};

const defaultClock = () => performance.now();

/**
 * The smallest scale an operable screen may be drawn at: its smallest
 * controls, stacked 15 px apart in NT 4 (list items, check boxes), must make
 * click targets at least 24 px apart (WCAG 2.5.8). The main window's
 * smallest are its 17 px menu items, so it needs less.
 */
export function practiceMinScale(screen: string): number {
  return screen === 'exchange-admin' ? 24 / 17 : 24 / 15;
}

/**
 * How an operable screen is scaled (fit-screen.tsx): as large as the column and the height it has below the task
 * bar (`band`, usePracticeBand) allow, up to 2×, so that each window the learner uses is seen whole. Its click
 * targets are then 24 px or more wherever that fits (its minimum scale); where the window is too short for that, it
 * is drawn as large as fits, and never below the program's own size. The practice view is laid out full width
 * ([data-practice-wide], app-theme.css); on a screen too narrow for the window at that scale, it scrolls sideways
 * inside its frame rather than shrink further.
 */
export function practiceFit(screen: string, band: number): FitRule {
  const height = isScreenId(screen) ? SCREENS[screen]!.size.height : 0;
  const fits = height > 0 ? band / height : Infinity;
  return { min: Math.max(1, Math.min(practiceMinScale(screen), fits)), max: 2, maxHeight: band };
}

function ProgressBar({ value, total, label }: { value: number; total: number; label: string }) {
  return (
    <span className="flex items-center gap-3">
      <progress
        value={value}
        max={total}
        aria-label={label}
        // Forced colours would paint both parts of the bar in the page's background: the system's own colours instead.
        className="h-2 w-48 max-w-full overflow-hidden rounded bg-slate-200 forced-colors:border forced-colors:border-[CanvasText] forced-colors:forced-color-adjust-none [&::-moz-progress-bar]:bg-brand-700 forced-colors:[&::-moz-progress-bar]:bg-[Highlight] [&::-webkit-progress-bar]:bg-slate-200 forced-colors:[&::-webkit-progress-bar]:bg-[Canvas] [&::-webkit-progress-value]:bg-brand-700 forced-colors:[&::-webkit-progress-value]:bg-[Highlight]"
      />
      <span className="text-sm text-slate-700">{`${value} of ${total} done`}</span>
    </span>
  );
}

export function PracticePanel({
  kind,
  flowId,
  step,
  moves,
  onProgress,
  large = false,
  reveal,
  clock = defaultClock,
  next,
}: PracticePanelProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const taskRef = useRef<HTMLParagraphElement>(null);
  useTaskBarHeight(barRef);
  const lastPress = useLastPress(frameRef);
  const band = usePracticeBand(barRef, lastPress);
  // A practice part-way through before a reload of this tab goes on where it was (practice-resume.ts).
  const [resumed] = useState(() => {
    const specs = practiceSpecs(step, moves);
    return readPractice(flowId, step.id, kind, specs, clock()) ?? startPractice(kind, specs, clock());
  });
  const [state, dispatch] = useReducer(practiceReducer, resumed);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
    keepPractice(flowId, step.id, state, clock());
  }, [flowId, step.id, state, clock]);
  useEffect(() => {
    // The time on the current action up to the reload, not only up to the last action.
    const keep = () => keepPractice(flowId, step.id, stateRef.current, clock());
    window.addEventListener('pagehide', keep);
    return () => {
      window.removeEventListener('pagehide', keep);
      // Left (another page, mode or slide): it starts afresh next time. A reload never gets here.
      forgetPractice(flowId, step.id, kind);
    };
  }, [flowId, step.id, kind, clock]);
  // Part-way through, leaving the page would lose the learner's work: it asks first (leave-guard.tsx); a reload keeps
  // it (above), a closed tab does not. Presenter mode guards its own keys.
  const partWay = !state.finished && (state.index > 0 || state.wrong > 0);
  const reduced = useReducedMotion();
  const id = useId();
  const titleId = `${id}-title`;
  // "Show me": the pointer goes to the control and clicks it; then the move counts as shown.
  const [demo, setDemo] = useState<'point' | 'press' | null>(null);
  const move = moves[Math.min(state.index, moves.length - 1)];
  useKeepActionInView(
    rootRef,
    frameRef,
    barRef,
    lastPress,
    band,
    state.index,
    move?.target ?? '',
    kind === 'try',
    reveal === true,
  );
  useKeepFocusedWindowWhole(frameRef, barRef);

  /** The screen the learner's last action left, on the move it was done on (for the room to see the same). */
  const [live, setLive] = useState<{ index: number; state: Readonly<Record<string, unknown>> } | null>(null);
  /**
   * After a move done by what the learner leaves on the screen (several accounts selected), the screen as they left
   * it, which the next move starts from when it is on the same screen: the selection is theirs (as typed text is,
   * practice-stage.tsx), and a third account they add is no mistake.
   */
  const [carried, setCarried] = useState<{ index: number; state: Readonly<Record<string, unknown>> } | null>(null);
  const shownState = carried && carried.index === state.index ? carried.state : move?.state;
  const report = useCallback(
    (s: PracticeState) =>
      onProgress?.({
        index: Math.min(s.index, moves.length - 1),
        spotlight: s.hint >= 2,
        finished: s.finished,
        // Try only (Test gives no hints): what the learner sees under the task, for the room to see it too.
        ...(s.kind === 'try' && s.hint > 0 ? { hint: s.hint } : {}),
        ...(s.kind === 'try' && s.feedback?.kind === 'wrong' && s.feedback.index === s.index ? { wrong: true } : {}),
        ...(live && live.index === s.index && !s.finished ? { screen: live.state } : {}),
      }),
    [onProgress, moves.length, live],
  );
  useEffect(() => report(state), [report, state]);

  // Chosen on the step page (focus on the button that chose it, which the page scrolls away), and after Practise
  // again: focus goes to the task (WCAG 2.4.3), without moving the page (useKeepActionInView does that).
  const focusTask = useRef(false);
  useLayoutEffect(() => {
    focusTask.current = reveal === true && focusLeftByModeChoice();
  }, [reveal]);
  useEffect(() => {
    if (!focusTask.current || !taskRef.current) return;
    focusTask.current = false;
    taskRef.current.focus({ preventScroll: true });
  });

  // Every screen of the step, loaded now, so that moving on never waits for one.
  useEffect(() => {
    for (const m of moves) if (isScreenId(m.screen)) loadScreen(m.screen).catch(() => undefined);
  }, [moves]);

  // After a move is finished (not on the first render), say what happened. Focus stays
  // where the learner acted (the screen takes care of it); at the end it goes to the result.
  const lastIndex = useRef(state.index);
  useEffect(() => {
    if (state.index === lastIndex.current) return;
    lastIndex.current = state.index;
    const fb = state.feedback;
    const done = fb ? moves[fb.index] : undefined;
    const said = done?.result ? ` ${plainText(done.result)}` : '';
    // The next task too, as "Your task" shows it: a screen-reader user acting on the screen need not leave it to read it.
    const upNext = moves[state.index];
    const task = upNext ? ` ${plainText(taskText(step, upNext))}` : '';
    if (state.finished) {
      announce(
        kind === 'test'
          ? 'Test finished. Your results are below.'
          : `Well done: you did ${everyAction(moves.length)}.${said}`,
      );
    } else if (fb?.kind === 'right') {
      announce(`Right.${said} Next: action ${state.index + 1} of ${moves.length}.${task}`);
    } else if (fb?.kind === 'shown') {
      announce(`Shown.${said} Next: action ${state.index + 1} of ${moves.length}.${task}`);
    } else if (fb?.kind === 'skipped') {
      announce(`Skipped. Next: action ${state.index + 1} of ${moves.length}.${task}`);
    }
  }, [state.index, state.finished, state.feedback, moves, kind, step]);

  const onAction = (
    target: string | null,
    gesture: PracticeGesture,
    screenState: Readonly<Record<string, unknown>>,
  ) => {
    if (!move || demo || state.finished) return;
    const event = { type: 'action', target, gesture, at: clock(), state: screenState } as const;
    const next = practiceReducer(state, event);
    dispatch(event);
    const carry =
      next.index === state.index + 1 && state.moves[state.index]?.goal && moves[next.index]?.screen === move.screen
        ? { index: next.index, state: screenState }
        : null;
    if (carry) setCarried(carry);
    if (onProgress) setLive(carry ?? { index: state.index, state: screenState });
    // Only a new mistake is said: moving through a list, or typing on in the wrong box, keeps the last one's feedback.
    if (next.feedback?.kind === 'wrong' && next.wrong > state.wrong) {
      if (kind === 'test') announce(`Not the expected action (${next.wrong} wrong on this one).`);
      else announce(`Not that one. ${hintWords(next.hint, move)}`);
    }
  };

  // Drive the "show me" demonstration (the UI clock; reduced motion: no glide).
  useEffect(() => {
    if (!demo) return;
    const t = window.setTimeout(
      () => {
        if (demo === 'point') setDemo('press');
        else {
          setDemo(null);
          dispatch({ type: 'shown', at: clock() });
        }
      },
      demo === 'point' ? (reduced ? 300 : 900) : 500,
    );
    return () => window.clearTimeout(t);
  }, [demo, reduced, clock]);

  const restart = () => {
    setDemo(null);
    setCarried(null);
    focusTask.current = true;
    lastIndex.current = 0;
    dispatch({ type: 'restart', at: clock() });
    announce(kind === 'test' ? 'Test started again.' : 'Practice started again.');
  };

  const text = large ? 'text-xl' : 'text-base';

  if (state.finished) {
    // The results keep the practice's whole width (data-practice-wide), so the page does not reflow when the
    // practice ends, nor again when the next one starts (the step's pictures above would change size).
    return (
      <div data-practice-wide="">
        {kind === 'test' ? (
          <TestResults
            flowId={flowId}
            step={step}
            moves={moves}
            records={state.records}
            onRestart={restart}
            large={large}
            next={next}
          />
        ) : (
          <TrySummary state={state} total={moves.length} onRestart={restart} large={large} next={next} />
        )}
      </div>
    );
  }
  if (!move) return null;

  const showHintText = kind === 'try' && state.hint >= 1;
  const wrongNow = kind === 'try' && state.feedback?.kind === 'wrong' && state.feedback.index === state.index;
  const spotlight = kind === 'try' && (state.hint >= 2 || demo !== null) ? move.target : undefined;

  return (
    <div
      ref={rootRef}
      data-slot="practice-panel"
      data-kind={kind}
      data-practice-wide=""
      className={cn('grid gap-4', text)}
    >
      {/*
        The task, and the help or the way out, stay in view while the screen below scrolls (app-theme.css): laid out
        compactly (the position and progress on one line, the task beside its buttons), so that the window below it
        can be drawn large. What a wrong action brings (practice-feedback) comes below: while it shows, the window is
        fitted to the smaller room left (usePracticeBand) and brought back below it (useKeepActionInView).
      */}
      <div ref={barRef} data-slot="practice-task">
        {partWay && <LeaveGuard what={kind === 'test' ? 'the test' : 'this practice'} inApp={!large} />}
        {state === resumed && resumed.index + resumed.wrong + resumed.hint > 0 && (
          <p className="mb-1 text-sm text-slate-700" data-testid="practice-resumed">
            {`Picked up where you were before the page was reloaded: ${
              resumed.index === 0
                ? 'no action done yet'
                : resumed.index === 1
                  ? 'one action done'
                  : `${resumed.index} actions done`
            }${
              resumed.wrong > 0
                ? `, ${resumed.wrong === 1 ? 'one wrong action' : `${resumed.wrong} wrong actions`} on this one`
                : ''
            }. This action starts again.`}
          </p>
        )}
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <span className="font-semibold text-slate-900" data-testid="practice-position">
            {`Action ${state.index + 1} of ${moves.length}`}
            {kind === 'test' && state.wrong > 0 && (
              <span className="ml-3 font-normal text-slate-700">{`Wrong actions on this one: ${state.wrong}`}</span>
            )}
          </span>
          <ProgressBar
            value={state.index}
            total={moves.length}
            label={kind === 'test' ? 'Test progress' : 'Practice progress'}
          />
        </p>
        <div className="mt-2 flex flex-wrap items-start gap-x-6 gap-y-2">
          <p
            ref={taskRef}
            tabIndex={-1}
            // Opened by the step's link (its mode in the address, the page scrolled here): arriving, focus comes here.
            data-arrival-focus={reveal ? '' : undefined}
            data-testid="practice-task-text"
            className="max-w-prose min-w-[min(100%,20rem)] flex-1"
          >
            <span className="font-semibold">Your task: </span>
            <RichText text={taskText(step, move)} />
          </p>
          {kind === 'try' ? (
            <div className="flex shrink-0 flex-wrap gap-2" data-testid="hint-buttons">
              {state.hint < 3 ? (
                <Button variant="secondary" onClick={() => dispatch({ type: 'hint', at: clock() })}>
                  {state.hint === 0 ? 'Give me a hint' : 'More help'}
                </Button>
              ) : (
                <Button variant="secondary" onClick={() => setDemo('point')} disabled={demo !== null}>
                  Show me
                </Button>
              )}
            </div>
          ) : (
            <div className="shrink-0">
              <Button variant="secondary" onClick={() => dispatch({ type: 'skip', at: clock() })}>
                Give up on this action
              </Button>
            </div>
          )}
        </div>

        {kind === 'try' && (
          <div aria-live="off" data-testid="hint-area">
            {(wrongNow || showHintText) && (
              <div data-slot="practice-feedback" className="grid gap-2 pt-2">
                {wrongNow && <p className="font-semibold text-red-800">Not that one.</p>}
                {showHintText && (
                  <p
                    className="max-w-prose rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-slate-900"
                    data-hint-level={state.hint}
                  >
                    <span className="font-semibold">Hint: </span>
                    <RichText text={moveInstruction(move)} />
                    {move.alternatives?.map((a) => (
                      <span key={`${a.target}-${a.gesture ?? ''}`} className="block">
                        <span className="font-semibold">Or: </span>
                        <RichText text={a.how} />
                      </span>
                    ))}
                    {state.hint >= 2 && (
                      <span className="block">
                        <span className="font-semibold">Highlighted: </span>
                        {controlName(move)}
                      </span>
                    )}
                  </p>
                )}
              </div>
            )}
          </div>
        )}
      </div>

      <figure aria-labelledby={titleId} aria-describedby={`${id}-keys`} className="m-0 min-w-0">
        {/* Its own stacking context: the callout and the pointer (z-30, z-40) stay under the task bar (z-20). */}
        <div ref={frameRef} role="group" aria-labelledby={titleId} data-testid="practice-frame" className="isolate">
          <PracticeStage
            screen={move.screen}
            state={shownState ?? move.state}
            labelledBy={titleId}
            interactive
            moveKey={state.index}
            fit={practiceFit(move.screen, band)}
            onAction={onAction}
            spotlight={spotlight}
            pointer={
              demo ? { target: move.target, pressed: demo === 'press', animate: !reduced, durationMs: 800 } : undefined
            }
          />
        </div>
        <figcaption className="mt-2 text-sm text-slate-700">
          <span id={titleId} className="block font-semibold text-slate-900">
            {`${screenTitle(move.screen)} (practice)`}
          </span>
          <span data-slot="practice-scroll-note" className="hidden max-w-prose font-semibold text-slate-900">
            This window is wider than your screen: scroll it sideways to see the rest (or turn your device).
          </span>
          <span id={`${id}-keys`} className="block max-w-prose">
            Use it as you would the program: click, double-click, or the keyboard (Tab between controls, the arrow keys
            in a list, tree, menu or tab row, Alt and a menu’s underlined letter, Alt+Enter for Properties, Escape to
            close a menu).
          </span>
        </figcaption>
      </figure>
    </div>
  );
}

function hintWords(level: number, move: TrainerMove): string {
  if (level >= 3) return `Hint: ${plainText(moveInstruction(move))} It is highlighted; or choose Show me.`;
  if (level >= 2) return `Hint: ${plainText(moveInstruction(move))} Highlighted: ${controlName(move)}.`;
  return `Hint: ${plainText(moveInstruction(move))}`;
}

function TrySummary({
  state,
  total,
  onRestart,
  large,
  next,
}: {
  state: PracticeState;
  total: number;
  onRestart: () => void;
  large: boolean;
  next: NextPractice | undefined;
}) {
  const wrong = state.records.reduce((s, r) => s + r.wrong, 0);
  const shown = state.records.filter((r) => r.how === 'shown').length;
  // The end of the practice: focus goes to the result.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div
      data-slot="practice-panel"
      data-kind="try"
      className={cn('grid gap-3 rounded-lg border-2 border-green-700 bg-green-50 p-4', large ? 'text-xl' : 'text-base')}
    >
      <h3 ref={headingRef} tabIndex={-1} className="text-lg font-bold text-green-900">
        {`Well done: you did ${everyAction(total)}`}
      </h3>
      <p data-testid="try-summary">
        {`Wrong actions on the way: ${wrong}. Shown to you: ${shown}.`}
        {next
          ? ' Take the test, or carry on with the next step of the fix.'
          : ' Ready for the real thing, or take the test.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <TakeTestButton />
        {next && (
          <ButtonLink variant="secondary" to={next.to}>
            {`Practise the next step: ${next.title}`}
          </ButtonLink>
        )}
        <Button variant="secondary" onClick={onRestart}>
          Practise again
        </Button>
      </div>
    </div>
  );
}
