/**
 * Presenter mode: a deck built from the flow and the story being told (the
 * case it was opened from, else the article's own path; see deck.ts), in
 * large type, with speaker notes, the deck's outline, keys for a keyboard
 * and a clicker, full screen, and an audience window that follows every
 * slide, action, mode and scroll over a BroadcastChannel, without the notes.
 *
 * The address holds everything: `?node=` the slide, `action=` the action of a
 * fix step on the audience's screen (from 1; so a reload, a clicker's F5,
 * resumes exactly), `mode=` the trainer mode, `pick=` the answers chosen in
 * class, `entry=` the way in, `case=` the case, `blank=1` the audience screen
 * blanked (so a reload does not light the projector again), `zoom=1` its
 * screen pictures zoomed in on their control. A `node` the deck
 * does not pass through opens a deck that does.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useHref, useSearchParams } from 'react-router';

import { LiveAnnouncer, announce } from '@/components/ui/announcer';
import { Button } from '@/components/ui/button';
import { RichText, plainText } from '@/components/ui/rich-text';
import { useKeepFocusInGroup } from '@/components/ui/use-keep-focus-in-group';
import type { PresenterData } from '@/content/presenter-schema';
import type { Flow } from '@/content/schema';
import { hasTrainer } from '@/content/trainer';
import { cn } from '@/lib/cn';

import { CLASS_PATHS } from '../class/class-paths';
import { useClassroom } from '../class/use-classroom';
import type { PracticeProgress } from '../practice-panel';
import type { ShowControl, ShowProgress } from '../show-player';
import { MODE_LABELS, TRAINER_MODES, type TrainerMode, parseMode } from '../trainer-mode';
import { type PresenterState, openChannel } from './channel';
import {
  type DeckInput,
  type Slide,
  buildDeck,
  decodePicks,
  deckEntry,
  deckReaching,
  encodePicks,
  findSlide,
  slideActions,
  slideNotes,
  slideTitle,
} from './deck';
import { type PresenterCommand, SHORTCUTS, commandFor, useShortcutsEnabled } from './shortcuts';
import { SlideView, slideKind } from './slide';
import { usePresentedCase } from './use-presented-case';
import { paths } from '@/lib/paths';

type FullscreenState = 'off' | 'native' | 'fallback';

/** What the presenter has done to the audience's screen: blanked it, zoomed its pictures in on their control. */
type AudienceView = { blank: boolean; zoom: boolean };
/** What is said when each is switched off, then on. */
const VIEW_SAID: Readonly<Record<keyof AudienceView, readonly [string, string]>> = {
  blank: ['The audience screen shows the slide again.', 'The audience screen is blank.'],
  zoom: [
    'The audience sees the whole screen picture again.',
    'The audience’s screen pictures are zoomed in on the control they show.',
  ],
};

/** How long after a warned key the same key leaves a learner's practice (a clicker pressed again, not by chance). */
const LEAVE_CONFIRM_MS = 4000;
/** The keys' commands that take the presenter off the slide or out of its mode (the learner's attempt would go). */
const LEAVING: ReadonlySet<PresenterCommand> = new Set([
  'next',
  'previous',
  'forward',
  'back',
  'first',
  'last',
  ...TRAINER_MODES,
]);

/** How many actions a fix step has (its slide's parts walk them in turn), else none. */
const actionsOf = (s: Slide): number => (s.kind === 'node' && s.node.kind === 'step' ? s.node.actions.length : 0);
/** The action nearest `action` that the slide (a fix step, or its part) walks; 0 on other slides. */
const within = (s: Slide, action: number): number => {
  const range = slideActions(s);
  return range ? Math.max(range.first, Math.min(action, range.last)) : 0;
};

export function PresenterView({ flow, presenter }: { flow: Flow; presenter?: PresenterData }) {
  const [params, setParams] = useSearchParams();
  const caseId = params.get('case');
  const presented = usePresentedCase(flow, caseId);
  const pickParam = params.get('pick');
  const picks = useMemo(() => decodePicks(flow, pickParam), [flow, pickParam]);
  const caseEntry = presented.status === 'found' ? presented.entry : undefined;
  const entryParam = params.get('entry');
  const input: DeckInput = useMemo(
    () => ({
      entry: entryParam ?? caseEntry,
      picks,
      ...(presented.status === 'found' ? { caseAnswers: presented.answers } : {}),
      ...(presenter ? { presenter } : {}),
    }),
    [entryParam, caseEntry, picks, presented, presenter],
  );
  const wanted = params.get('node');
  const reached = useMemo(() => (wanted ? deckReaching(flow, input, wanted) : undefined), [flow, input, wanted]);
  const deck = useMemo(() => reached?.deck ?? buildDeck(flow, input), [reached, flow, input]);
  const actionParam = params.get('action');
  // A fix step's slide broken by a tip slide is in parts: the action in the address says which.
  const located = useMemo(() => findSlide(deck, wanted, actionParam), [deck, wanted, actionParam]);
  const found = located.index;
  const index = found >= 0 ? found : 0;
  const slide = deck.slides[index]!;
  const trainer = slide.kind === 'node' && hasTrainer(slide.node);
  const mode: TrainerMode = trainer ? parseMode(params.get('mode')) : 'guide';
  const stepActions = slide.kind === 'node' && slide.node.kind === 'step' ? slide.node.actions.length : 0;

  const [shortcutsOn, setShortcutsOn] = useShortcutsEnabled();
  const [classroom, setClassroom] = useClassroom();
  const [full, setFull] = useState<FullscreenState>('off');
  const [progress, setProgress] = useState<Pick<PresenterState, 'show' | 'practice'>>({});
  const action = found >= 0 ? located.action : 0;
  const [view, setView] = useState<AudienceView>(() => ({
    blank: params.get('blank') === '1',
    zoom: params.get('zoom') === '1',
  }));
  const { blank, zoom } = view;
  /** The audience screen as the last key left it (the address is written before it is drawn). */
  const viewRef = useRef(view);
  const [scroll, setScroll] = useState(0);
  const [notice, setNotice] = useState('');
  /**
   * What a key press did that the slide does not show (a learner is practising, the deck's end, no screen to
   * practise on), in view for a few seconds wherever the page is scrolled; its count restarts the timer that clears
   * it when the same is said again.
   */
  const [flash, setFlash] = useState<{ text: string; n: number } | null>(null);
  const say = useCallback((text: string) => setFlash((prev) => ({ text, n: (prev?.n ?? 0) + 1 })), []);
  /** The key command last warned about, when, and where the learner was then. */
  const warned = useRef<{ command: PresenterCommand; at: number; progress: string } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  /**
   * A new slide takes the focus when it was chosen in the deck's outline (whose button scrolls out of view) or when
   * the focus went with the slide it was in (an answer, a practice's control): never on the first slide drawn.
   */
  const id = useId();
  const focusSlide = useRef(false);
  /** The slide (and mode) drawn last: the first one drawn takes no focus. */
  const drawnSlide = useRef(`${slide.key}-${mode}`);
  useLayoutEffect(() => {
    const key = `${slide.key}-${mode}`;
    if (drawnSlide.current === key) return;
    drawnSlide.current = key;
    const active = document.activeElement;
    if (focusSlide.current || !active || active === document.body) {
      document.getElementById(`${id}-slide`)?.focus({ preventScroll: true });
    }
    focusSlide.current = false;
  }, [slide.key, mode, id]);
  /** The presenter's buttons: Next slide pressed on the last slide keeps the focus among them. */
  const barRef = useRef<HTMLDivElement>(null);
  useKeepFocusInGroup(barRef);
  /** The line that says whose answers the deck follows: focus goes there when its Undo goes. */
  const basisRef = useRef<HTMLParagraphElement>(null);
  const blankRef = useRef<HTMLParagraphElement>(null);
  // The blank notice stays at the foot of the window: what gets the focus is scrolled clear of it (WCAG 2.4.11).
  useEffect(() => {
    const banner = blankRef.current;
    if (!blank || !banner) return;
    const root = document.documentElement;
    const fit = () => (root.style.scrollPaddingBottom = `${banner.offsetHeight + 8}px`);
    fit();
    const watch = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(fit);
    watch?.observe(banner);
    return () => {
      watch?.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, [blank]);
  const showRef = useRef<ShowControl>(null);
  /** Page Down in Show plays one action, then stops at its result. */
  const stopAt = useRef<number | null>(null);
  const audienceHref = useHref(paths.audience(flow.id));

  /** Write the slide, action, mode, picks, entry, blank and zoom into the address (replacing it: Back leaves presenter mode). */
  const write = useCallback(
    (key: string, m: TrainerMode, nextPicks: Readonly<Record<string, string>>, entry: string, nextAction = 0) =>
      setParams(
        (prev) => {
          const q = new URLSearchParams();
          const c = prev.get('case');
          if (c) q.set('case', c);
          q.set('node', key);
          if (nextAction > 0) q.set('action', String(nextAction + 1));
          if (m !== 'guide') q.set('mode', m);
          const encoded = encodePicks(nextPicks);
          if (encoded) q.set('pick', encoded);
          if (entry !== deckEntry(flow, { entry: caseEntry, presenter })) q.set('entry', entry);
          if (viewRef.current.blank) q.set('blank', '1');
          if (viewRef.current.zoom) q.set('zoom', '1');
          return q;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams, flow, caseEntry, presenter],
  );

  // A slide the deck reached by changing its route: keep that route in the address, so moving on keeps the deck.
  useEffect(() => {
    if (!reached || found < 0) return;
    if (encodePicks(reached.picks) !== encodePicks(picks) || reached.entry !== deckEntry(flow, input)) {
      write(wanted!, mode, reached.picks, reached.entry, action);
    }
  }, [reached, found, picks, flow, input, write, wanted, mode, action]);

  /**
   * Where the keys have taken the deck while that is not drawn yet. A move is drawn some time after its key (the
   * address changes, then React draws), and a clicker pressed several times in quick succession sends its next
   * presses before that: each moves on from where the last one went, not from the slide still on screen. Forgotten
   * once drawn, or after a second (a move that was never drawn).
   */
  const ahead = useRef<{ key: string; action: number; mode: TrainerMode; at: number } | null>(null);
  useLayoutEffect(() => {
    const a = ahead.current;
    if (a && a.key === slide.key && a.action === action && a.mode === mode) ahead.current = null;
  }, [slide.key, action, mode]);
  /** The slide (its index in the deck), action and mode the next key moves on from. */
  const position = useCallback(() => {
    const a = ahead.current;
    const went = a && performance.now() - a.at < 1000 ? findSlide(deck, a.key, String(a.action + 1)).index : -1;
    return went >= 0 ? { index: went, action: a!.action, mode: a!.mode } : { index, action, mode };
  }, [deck, index, action, mode]);
  /** Write a position into the address, and keep it as the one the next key moves on from. */
  const writeAhead = useCallback(
    (key: string, m: TrainerMode, nextAction: number) => {
      ahead.current = { key, action: nextAction, mode: m, at: performance.now() };
      write(key, m, picks, deck.entry, nextAction);
    },
    [write, picks, deck.entry],
  );

  /** Go to a slide (in a mode; a fix step at an action, the first unless told). */
  const go = useCallback(
    (nextIndex: number, nextMode: TrainerMode = 'guide', nextAction = 0) => {
      const target = deck.slides[Math.max(0, Math.min(deck.slides.length - 1, nextIndex))]!;
      const m = target.kind === 'node' && hasTrainer(target.node) ? nextMode : 'guide';
      stopAt.current = null;
      warned.current = null;
      setFlash(null);
      setProgress({});
      writeAhead(target.key, m, within(target, nextAction));
      return target;
    },
    [deck, writeAhead],
  );

  const move = useCallback(
    (delta: number) => {
      const next = position().index + delta;
      if (next < 0 || next >= deck.slides.length) {
        say(delta > 0 ? 'This is the last slide.' : 'This is the first slide.');
        return;
      }
      // A step entered backwards starts at its last action.
      const target = go(next, 'guide', delta < 0 ? Number.MAX_SAFE_INTEGER : 0);
      window.scrollTo({ top: 0 });
      announce(`Slide ${next + 1} of ${deck.slides.length}: ${plainText(slideTitle(target))}`);
    },
    [position, deck.slides.length, go, say],
  );

  const setMode = useCallback(
    (m: TrainerMode) => {
      const at = position();
      const s = deck.slides[at.index]!;
      if (!(s.kind === 'node' && hasTrainer(s.node)) && m !== 'guide') {
        say('This slide has no screen to practise on.');
        return;
      }
      // Already in it: going again would forget the learner's progress the audience window mirrors.
      if (m === at.mode) {
        announce(`${MODE_LABELS[m]}.`);
        return;
      }
      go(at.index, m, at.action);
      announce(`${MODE_LABELS[m]}.`);
    },
    [deck.slides, go, position, say],
  );

  const pick = useCallback(
    (nodeId: string, optionId: string) => {
      const nextPicks = { ...picks, [nodeId]: optionId };
      write(slide.key, mode, nextPicks, deck.entry);
      const after = buildDeck(flow, { ...input, picks: nextPicks });
      const next = after.slides[after.slides.findIndex((s) => s.key === nodeId) + 1];
      announce(
        next
          ? `Answer chosen. The deck now has ${after.slides.length} slides; next: ${plainText(slideTitle(next))}.`
          : 'Answer chosen.',
      );
    },
    [picks, write, slide.key, mode, deck.entry, flow, input],
  );

  /** Put a fix step's action on the audience screen (of the step on screen, in its mode, unless told another). */
  const selectAction = useCallback(
    (i: number, s: Slide = slide, m: TrainerMode = mode) => {
      if (!actionsOf(s)) return;
      writeAhead(s.key, m, i);
      announce(`Action ${i + 1} of ${actionsOf(s)} on the audience screen.`);
    },
    [slide, mode, writeAhead],
  );

  // Full screen: the Fullscreen API where there is one, else a page-filling view.
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement ? 'native' : (f) => (f === 'native' ? 'off' : f));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggleFullscreen = useCallback(async () => {
    if (full === 'native') {
      await document.exitFullscreen?.().catch(() => undefined);
      return;
    }
    if (full === 'fallback') {
      setFull('off');
      setNotice('');
      return;
    }
    const el = rootRef.current;
    try {
      if (!el?.requestFullscreen || !document.fullscreenEnabled) throw new Error('unsupported');
      await el.requestFullscreen();
      setNotice('');
    } catch {
      setFull('fallback');
      setNotice(
        'This browser did not allow full screen here: the slides fill the window instead. Your browser’s own full-screen key (often F11) hides the rest.',
      );
    }
  }, [full]);

  /** Show me from the keys: one whole action (Page Down / → / Space, and back), play or pause (K). */
  const show = useCallback((how: 'action' | 'toggle', delta: 1 | -1 = 1): boolean => {
    const c = showRef.current;
    if (!c) return false;
    const s = c.state;
    if (how === 'toggle') {
      stopAt.current = null;
      if (s.playing) c.dispatch({ type: 'pause' });
      else if (s.finished) c.dispatch({ type: 'replay', play: !c.reduced });
      else if (c.reduced) c.dispatch({ type: 'next' });
      else c.dispatch({ type: 'play' });
      return true;
    }
    if (delta < 0) {
      stopAt.current = null;
      if (!s.finished && s.index === 0 && s.phase === 'point') return false;
      c.dispatch({ type: 'previous' });
      return true;
    }
    if (s.finished) return false;
    // Pressed while the pointer is still on its way (a clicker pressed again quickly): that action's result at once,
    // as a slide show completes an animation on a click, so that no press is lost.
    if (s.playing && s.phase !== 'result') {
      stopAt.current = null;
      c.dispatch({ type: 'next' });
      return true;
    }
    // One action: from pointing at it to its result; at a result, the next action.
    let target = s.index;
    if (s.phase === 'result') {
      if (s.index + 1 >= s.total) return false;
      target = s.index + 1;
      c.dispatch({ type: 'goto', index: target, phase: 'point' });
    }
    if (c.reduced) {
      c.dispatch({ type: 'next' });
    } else {
      stopAt.current = target;
      c.dispatch({ type: 'play' });
    }
    return true;
  }, []);

  // A learner part-way through Let me try or Test me is operating the screen: a stray clicker press must not throw
  // the attempt away, so a key that would leave it only warns, and the same key pressed again soon after leaves.
  const practice = progress.practice;
  const practising =
    (mode === 'try' || mode === 'test') &&
    practice !== undefined &&
    !practice.finished &&
    (practice.index > 0 || practice.spotlight);
  const practiceAt = practice ? `${practice.index}/${practice.spotlight}` : '';
  const confirmLeave = useCallback(
    (c: PresenterCommand): boolean => {
      if (!practising || !LEAVING.has(c) || c === mode) return true;
      const now = performance.now();
      const w = warned.current;
      if (w && w.command === c && w.progress === practiceAt && now - w.at <= LEAVE_CONFIRM_MS) return true;
      warned.current = { command: c, at: now, progress: practiceAt };
      const what = (TRAINER_MODES as readonly string[]).includes(c) ? `leave ${MODE_LABELS[mode]}` : 'leave this slide';
      say(`A learner is practising: press again to ${what}.`);
      return false;
    },
    [practising, mode, practiceAt, say],
  );
  useEffect(() => {
    if (!flash) return;
    const t = setTimeout(() => setFlash(null), LEAVE_CONFIRM_MS);
    return () => clearTimeout(t);
  }, [flash]);

  const run = useCallback(
    (c: PresenterCommand): boolean => {
      if (!confirmLeave(c)) return true;
      switch (c) {
        case 'next':
          move(1);
          return true;
        case 'previous':
          move(-1);
          return true;
        case 'first':
          go(0);
          announce(`Slide 1 of ${deck.slides.length}.`);
          return true;
        case 'last':
          go(deck.slides.length - 1);
          announce(`Slide ${deck.slides.length} of ${deck.slides.length}.`);
          return true;
        case 'forward':
        case 'back': {
          const delta = c === 'forward' ? 1 : -1;
          const at = position();
          if (at.mode === 'show' && show('action', delta)) return true;
          const s = deck.slides[at.index]!;
          const nextAction = at.action + delta;
          if (at.mode === 'guide' && slideActions(s) && within(s, nextAction) === nextAction) {
            selectAction(nextAction, s, 'guide');
            return true;
          }
          move(delta);
          return true;
        }
        case 'play-pause':
          return mode === 'show' && show('toggle');
        case 'fullscreen':
          void toggleFullscreen();
          return true;
        case 'blank':
        case 'zoom': {
          const next = { ...viewRef.current, [c]: !viewRef.current[c] };
          viewRef.current = next;
          setView(next);
          // Into the address where the keys have taken the deck, so a reload keeps the projector dark (or zoomed).
          const at = position();
          writeAhead(deck.slides[at.index]!.key, at.mode, at.action);
          announce(VIEW_SAID[c][next[c] ? 1 : 0]);
          return true;
        }
        case 'escape':
          if (full !== 'fallback') return false;
          void toggleFullscreen();
          return true;
        default:
          setMode(c);
          return true;
      }
    },
    [
      confirmLeave,
      move,
      go,
      deck.slides,
      mode,
      show,
      position,
      selectAction,
      toggleFullscreen,
      writeAhead,
      full,
      setMode,
    ],
  );

  // The key listeners call the `run` of the slide on screen. It is swapped in as the slide is drawn (a layout
  // effect), not after the paint: a key pressed between the two (a clicker pressed twice quickly) was otherwise
  // handled by the previous slide's `run`, which moved to the slide already shown, and the press was lost.
  const latestRun = useRef(run);
  useLayoutEffect(() => {
    latestRun.current = run;
  }, [run]);
  useEffect(() => {
    if (!shortcutsOn) return;
    const onKey = (e: KeyboardEvent) => {
      const c = commandFor(e);
      if (c && latestRun.current(c)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcutsOn]);
  // Keys pressed in the audience window (a clicker aimed at the projector) arrive here.
  const remote = useRef<(c: PresenterCommand) => void>(() => undefined);
  useLayoutEffect(() => {
    remote.current = (c) => {
      if (shortcutsOn) latestRun.current(c);
    };
  }, [shortcutsOn]);

  // How far down the slide the presenter has scrolled, for the audience window.
  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const room = document.documentElement.scrollHeight - window.innerHeight;
        setScroll(room > 0 ? Math.round((window.scrollY / room) * 100) / 100 : 0);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, []);

  // The audience window: tell it where we are whenever that changes, and when it says hello.
  const given = useMemo(
    () =>
      deck.slides.flatMap((s) =>
        s.kind === 'node' && (s.source === 'picked' || s.source === 'case') ? [s.node.id] : [],
      ),
    [deck.slides],
  );
  const state: PresenterState = useMemo(
    () => ({
      slide: slide.key,
      entry: deck.entry,
      route: deck.route,
      given,
      mode,
      ...progress,
      // On a fix step, in every mode: the audience finds the step's part by it (and draws it in guide mode).
      ...(stepActions > 0 ? { action } : {}),
      scroll,
      ...(blank ? { blank } : {}),
      ...(zoom ? { zoom } : {}),
    }),
    [slide.key, deck.entry, deck.route, given, mode, progress, stepActions, action, scroll, blank, zoom],
  );
  const stateRef = useRef(state);
  const channel = useRef<ReturnType<typeof openChannel>>(null);
  useEffect(() => {
    stateRef.current = state;
    channel.current?.post({ type: 'state', state });
  }, [state]);
  useEffect(() => {
    const ch = openChannel(flow.id, (m) => {
      if (m.type === 'hello') ch?.post({ type: 'state', state: stateRef.current });
      else if (m.type === 'command') remote.current(m.command);
    });
    channel.current = ch;
    ch?.post({ type: 'state', state: stateRef.current });
    const bye = () => ch?.post({ type: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      ch?.close();
      channel.current = null;
    };
  }, [flow.id]);

  const onShowProgress = useCallback((p: ShowProgress) => {
    setProgress({ show: p });
    if (stopAt.current !== null && p.index === stopAt.current && (p.phase === 'result' || p.finished)) {
      stopAt.current = null;
      showRef.current?.dispatch({ type: 'pause' });
    }
  }, []);
  const onPracticeProgress = useCallback((practice: PracticeProgress) => setProgress({ practice }), []);

  useEffect(() => {
    document.title = `Presenter: ${plainText(slideTitle(slide))} – KB Wizard`;
  }, [slide]);

  const openAudience = () => {
    // By its name, and so without `noopener` (which opens a new window every time): pressed again, by a click or by
    // Space while the button has the focus, it brings back the same window instead of opening a second one.
    const w = window.open(audienceHref, `kbw-audience-${flow.id}`);
    w?.focus();
    setNotice(
      w
        ? 'The audience window is open. Drag it to the projector and choose its Full screen button.'
        : 'Your browser blocked the audience window: allow pop-ups for this page, then choose Open audience window again.',
    );
  };

  const next = deck.slides[index + 1];
  const notes = slideNotes(slide, presenter);
  const articleAnswers = useMemo(
    () => Object.fromEntries((presenter?.articlePath.answers ?? []).map((a) => [a.question, a.answer])),
    [presenter],
  );
  const chosen = Object.keys(picks).length;
  const basis =
    presented.status === 'found'
      ? 'Following the case you opened: its answers, then the article’s.'
      : presented.status === 'missing'
        ? 'The case in this address is not in this browser, so the deck follows the article’s own path.'
        : presenter
          ? `Following the article’s own path (KB ${flow.kb.id}).`
          : 'Following the route that shows the whole fix.';

  return (
    <div
      ref={rootRef}
      data-slot="presenter-view"
      data-fullscreen={full}
      className={cn(
        'min-h-dvh bg-white text-lg text-slate-900',
        full === 'fallback' && 'fixed inset-0 z-50 overflow-auto',
      )}
    >
      <header className="border-b border-slate-200 bg-white px-4 py-2">
        <div ref={barRef} className="flex flex-wrap items-center gap-2">
          <Link
            to={paths.flow(flow.id)}
            className="mr-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
          >
            Exit presenter
          </Link>
          <p
            className="mr-2 font-semibold"
            data-testid="slide-position"
          >{`Slide ${index + 1} of ${deck.slides.length}`}</p>
          <Button variant="secondary" onClick={() => move(-1)} disabled={index === 0}>
            <span aria-hidden="true">←</span> Previous slide
          </Button>
          <Button variant="secondary" onClick={() => move(1)} disabled={index === deck.slides.length - 1}>
            Next slide <span aria-hidden="true">→</span>
          </Button>
          {trainer && (
            <div role="group" aria-label="Trainer mode" className="flex flex-wrap gap-2">
              {TRAINER_MODES.map((m) => (
                <Button
                  key={m}
                  variant={m === mode ? 'primary' : 'secondary'}
                  aria-pressed={m === mode}
                  onClick={() => setMode(m)}
                >
                  {MODE_LABELS[m]}
                </Button>
              ))}
            </div>
          )}
          <Button variant="secondary" aria-pressed={full !== 'off'} onClick={() => void toggleFullscreen()}>
            Full screen
          </Button>
          <Button variant="secondary" onClick={openAudience}>
            Open audience window
          </Button>
          {/* Its words say what it will do, so it is not a toggle button (whose name would stay the same). */}
          <Button variant={blank ? 'primary' : 'secondary'} onClick={() => run('blank')}>
            {blank ? 'Show the audience screen again' : 'Blank audience screen'}
          </Button>
          <Button variant={zoom ? 'primary' : 'secondary'} onClick={() => run('zoom')}>
            {zoom ? 'Show the audience the whole screen picture' : 'Zoom the audience’s picture in'}
          </Button>
        </div>
        <p ref={basisRef} tabIndex={-1} className="mt-1 text-base text-slate-700" data-testid="deck-basis">
          {basis}
          {chosen > 0 && (
            <>
              {` ${chosen === 1 ? 'One answer' : `${chosen} answers`} chosen in class. `}
              <button
                type="button"
                className="inline-flex min-h-6 items-center font-semibold text-brand-700 underline underline-offset-2"
                onClick={() => {
                  // The button goes with the choices: keep the focus on its line, not lost to the page.
                  basisRef.current?.focus();
                  write(slide.key, mode, {}, deck.entry, action);
                  announce('Back to the story’s own answers.');
                }}
              >
                Undo the choices made in class
              </button>
            </>
          )}
        </p>
        <p role="status" className="text-sm text-slate-700">
          {notice}
        </p>
      </header>
      <main
        data-slot="presenter-main"
        className={cn('grid gap-8 px-4 py-6 sm:px-8 lg:grid-cols-[minmax(0,1fr)_22rem]', blank && 'pb-40')}
      >
        <div className="min-w-0">
          {blank && (
            // At the foot of the window, in sight wherever the slide is scrolled to (a practice keeps itself in view,
            // under its own task bar at the top): the room is dark.
            <p
              ref={blankRef}
              className="fixed inset-x-0 bottom-0 z-30 border-t-4 border-white bg-slate-900 px-4 py-3 text-center text-xl font-semibold text-white"
              data-testid="blank-banner"
            >
              {shortcutsOn
                ? 'The audience screen is blank. Press B to show it again.'
                : 'The audience screen is blank. Choose “Show the audience screen again” at the top to show it.'}
            </p>
          )}
          <SlideView
            key={`${slide.key}-${mode}`}
            flow={flow}
            slide={slide}
            mode={mode}
            headingId={`${id}-slide`}
            articleAnswers={articleAnswers}
            onPick={pick}
            action={action}
            onAction={selectAction}
            showControl={showRef}
            onShowProgress={onShowProgress}
            onPracticeProgress={onPracticeProgress}
          />
        </div>
        <aside aria-label="Presenter only" className="grid content-start gap-6">
          <section
            aria-labelledby={`${id}-notes`}
            className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4"
            data-testid="speaker-notes"
          >
            <h2 id={`${id}-notes`} className="text-xl font-bold">
              Speaker notes
            </h2>
            {notes.text.map((t, i) => (
              <p key={i} className="mt-2 text-xl">
                <RichText text={t} />
              </p>
            ))}
            {!notes.written && (
              <p className="mt-2 text-base text-slate-700">
                (No notes were written for this slide: these come from the guide’s own text.)
              </p>
            )}
            {next && (
              <p className="mt-4 text-base text-slate-800">
                <span className="font-semibold">Up next: </span>
                <RichText text={slideTitle(next)} />
              </p>
            )}
          </section>
          <nav aria-labelledby={`${id}-outline`} className="rounded-lg border border-slate-300 p-4">
            <h2 id={`${id}-outline`} className="text-lg font-bold">
              This deck
            </h2>
            <ol className="mt-2 grid gap-1 text-base" data-testid="deck-outline">
              {deck.slides.map((s, i) => (
                <li key={`${s.key}:${slideActions(s)?.first ?? 0}`}>
                  <button
                    type="button"
                    aria-current={i === index ? 'step' : undefined}
                    data-slide-key={s.key}
                    onClick={() => {
                      focusSlide.current = true;
                      go(i);
                      window.scrollTo({ top: 0 });
                    }}
                    className={cn(
                      'min-h-6 w-full rounded px-1 text-left hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-brand-600',
                      i === index && 'bg-brand-50 font-semibold',
                    )}
                  >
                    {`${i + 1}. `}
                    <span className="text-slate-700">{`${slideKind(s)}: `}</span>
                    {plainText(slideTitle(s))}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <section aria-labelledby={`${id}-class`} className="rounded-lg border border-slate-300 p-4">
            <h2 id={`${id}-class`} className="text-lg font-bold">
              Class
            </h2>
            <label className="mt-2 flex items-start gap-3">
              <input
                type="checkbox"
                className="mt-1 size-5 shrink-0 accent-brand-700"
                checked={classroom}
                onChange={(e) => setClassroom(e.currentTarget.checked)}
              />
              <span>Classroom mode: practice in this browser stays out of the helpdesk statistics</span>
            </label>
            <p className="mt-2 text-base">
              <Link to={CLASS_PATHS.classroom()} className="font-semibold text-brand-700 underline underline-offset-2">
                Classroom: results, quiz and reset between classes
              </Link>
            </p>
          </section>
          <section aria-labelledby={`${id}-keys`} className="rounded-lg border border-slate-300 p-4">
            <h2 id={`${id}-keys`} className="text-lg font-bold">
              Keyboard and clicker
            </h2>
            <label className="mt-2 flex items-start gap-3">
              <input
                type="checkbox"
                className="mt-1 size-5 shrink-0 accent-brand-700"
                checked={shortcutsOn}
                onChange={(e) => setShortcutsOn(e.currentTarget.checked)}
              />
              <span>Single-key shortcuts (remembered in this browser)</span>
            </label>
            <dl
              className={cn(
                'mt-3 grid grid-cols-[9rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-base',
                !shortcutsOn && 'text-slate-600',
              )}
            >
              {SHORTCUTS.map((s) => (
                <div key={s.label} className="contents">
                  <dt className="font-mono font-semibold">{s.keys.join(' / ')}</dt>
                  <dd>{s.label}</dd>
                </div>
              ))}
            </dl>
            {!shortcutsOn && <p className="mt-2 text-base">Shortcuts are off: use the buttons at the top.</p>}
          </section>
        </aside>
      </main>
      {/* Fixed, so the trainer sees it wherever the practice has scrolled the page; it goes after a few seconds. */}
      <p
        role="status"
        data-testid="presenter-flash"
        className={cn(
          flash
            ? 'pointer-events-none fixed inset-x-0 bottom-4 z-50 mx-auto w-fit max-w-[calc(100%-2rem)] rounded-lg bg-slate-900 px-4 py-3 text-lg font-semibold text-white shadow-lg'
            : 'sr-only',
        )}
      >
        {flash?.text}
      </p>
      <LiveAnnouncer />
    </div>
  );
}
