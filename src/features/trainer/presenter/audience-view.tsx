/**
 * The audience window of presenter mode: the presenter's slide, filling the
 * screen and readable from the back of the room, without notes or controls.
 * One thing per view: a fix step shows the action the presenter is on (or
 * the demonstration, or the learner's screen), with its screen drawn as large
 * as the window allows and never cut. The picture has priority over the
 * words: in a wide window (3:2 or wider) the words stand beside it, in a
 * squarer one above it, set smaller when they are long; a question's or a
 * tip's words always stand beside their picture. In a window larger than
 * 1024×768 the words grow with it (`wordScale`), so that a 1920×1080 picture
 * on the same wall reads as a 1024×768 one does. It follows the presenter
 * over a BroadcastChannel (slide, mode, action, scroll, blank: the whole
 * window goes black); until the presenter speaks it waits, or shows the slide
 * named in the address. Keys pressed here (a clicker, once this window has
 * focus) are passed on to the presenter.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';

import { RichText, plainText } from '@/components/ui/rich-text';
import type { PresenterData } from '@/content/presenter-schema';
import type { Flow, StepNode } from '@/content/schema';
import { hasTrainer } from '@/content/trainer';
import { trainerMoves } from '@/content/trainer-moves';
import { cn } from '@/lib/cn';

import { controlName, moveInstruction, screenTitle, taskText, tidySentence } from '../move-text';
import { shownScreen } from '../show-machine';
import { MODE_LABELS, type TrainerMode } from '../trainer-mode';
import { useMediaQuery } from '../use-media-query';
import { useReducedMotion } from '../use-reduced-motion';
import { FittedScreen } from './audience-fit';
import { type PresenterState, openChannel } from './channel';
import { type Slide, buildDeck, deckReaching, findSlide, slideTitle } from './deck';
import { commandFor } from './shortcuts';
import { KIND, slideKind } from './slide';

/** A window at least this wide for its height puts a fix step's words beside its picture, not above it. */
const WIDE_QUERY = '(min-aspect-ratio: 3/2)';

/** Whether this window is wide (3:2 or wider: 1280×720, 1920×1080), kept up to date as it is resized. */
function useWideWindow(): boolean {
  return useMediaQuery(WIDE_QUERY);
}

/** The smallest projector's window, which the words are laid out for at their own size. */
const BASE_WINDOW = { width: 1024, height: 768 };

/**
 * How much larger the words are drawn in a window larger than 1024×768: by as much as the window is larger in its
 * shorter direction, so that 1920×1080 on the same wall reads as 1024×768 does (1.4 times), and never smaller.
 * The words then take the same share of the window as at 1024×768 (or of a 3:2 window, beside the picture), so
 * everything laid out to fit there fits here; the pictures are scaled to their own room apart from this.
 */
export function wordScale(width: number, height: number): number {
  const s = Math.min(width / BASE_WINDOW.width, height / BASE_WINDOW.height);
  return Math.max(1, Math.floor(s * 100) / 100);
}

/**
 * The learner's screen as the presenter sent it (a wrong item selected, a box typed in), once the screen's own rules
 * (its state's schema, loaded with the first one) say it can be drawn; until then, and for anything else, undefined:
 * the move's own screen is drawn instead.
 */
function useLearnerScreen(screen: string | undefined, sent: Readonly<Record<string, unknown>> | undefined) {
  const key = screen && sent ? JSON.stringify(sent) : '';
  const [checked, setChecked] = useState<{ key: string; state: Record<string, unknown> } | null>(null);
  useEffect(() => {
    if (!key || !screen) return;
    let current = true;
    import('@/mockups/catalog-schemas')
      .then(({ SCREEN_STATE_SCHEMAS }) => {
        const parsed = SCREEN_STATE_SCHEMAS[screen]?.safeParse(JSON.parse(key));
        if (current && parsed?.success) setChecked({ key, state: parsed.data as Record<string, unknown> });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [screen, key]);
  return checked && checked.key === key ? checked.state : undefined;
}

function subscribeResize(onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** The words' scale for this window (CSS `zoom`), kept up to date as it is resized. */
function useWordZoom(): { zoom: number } | undefined {
  const scale = useSyncExternalStore(
    subscribeResize,
    () => (typeof window === 'undefined' ? 1 : wordScale(window.innerWidth, window.innerHeight)),
    () => 1,
  );
  return scale > 1 ? { zoom: scale } : undefined;
}

/**
 * The type size of a fix step's instruction, by its length: the picture keeps its room, so long words are set
 * smaller; beside the picture (a wide window) they have the height for one size more than above it.
 */
export function captionSize(length: number, wide: boolean): string {
  if (length <= 140) return 'text-2xl';
  if (length <= 260) return wide ? 'text-2xl' : 'text-xl';
  return wide ? 'text-xl' : 'text-lg';
}

/**
 * How a slide's words are laid out to fit: the words' column beside a picture (its share of the width, %), the
 * answers of a question without one in one or two columns, and the words' scale.
 */
export type WordFit = { readonly share?: number; readonly columns?: 2; readonly scale: number };

/** Below this the words would be too small to read from the back of the room: past it, they scroll with the presenter. */
const MIN_WORD_SCALE = 0.58;

/**
 * The layouts a slide's words are tried in, in order, until they fit the window whole (nothing cut, no scrolling of
 * their own): the words as large as they can be, and at that size the picture as large as it can be. At their own
 * size first, in the column they have beside the picture (a third of a wide window, a little more of a squarer one);
 * then, for long words (a question with many answers), a wider column, up to half the window, the picture still
 * beside it; then the same a step smaller, and so on down to MIN_WORD_SCALE. Without a picture, the words have the
 * whole width: a question's answers then go into two columns before they are set smaller.
 */
export function wordFits(picture: boolean, wide: boolean, answers = false): WordFit[] {
  const scales = [1, 0.9, 0.8, 0.72, 0.65, MIN_WORD_SCALE];
  if (!picture) return scales.flatMap((scale) => (answers ? [{ scale }, { columns: 2 as const, scale }] : [{ scale }]));
  return scales.flatMap((scale) => [wide ? 34 : 38, 44, 50].map((share) => ({ share, scale })));
}

/** Draws the words of a slide in the layout `fit` (AudienceWords: the box, its words' region and their answers). */
function drawFit(box: HTMLElement, region: HTMLElement, fit: WordFit, zoom: number): void {
  box.style.gridTemplateColumns = fit.share ? `minmax(15rem, ${fit.share}%) minmax(0, 1fr)` : '';
  const z = zoom * fit.scale;
  region.style.zoom = z === 1 ? '' : String(z);
  const answers = region.querySelector<HTMLElement>('[data-slot="audience-answers"]');
  if (answers) answers.style.gridTemplateColumns = fit.columns === 2 ? 'repeat(2, minmax(0, 1fr))' : '';
  box.dataset.wordFit = `${fit.share ?? ''}/${fit.columns ?? 1}/${fit.scale}`;
}

/**
 * Draws the words in `region` in the first of `fits` in which they fit it without scrolling (each try is a layout,
 * not a paint: it is done before the slide is painted), at the words' own zoom for this window (`zoom`); again
 * when the window changes size or what the words say does (`content`). Written straight into the elements' style,
 * which React leaves alone, as the audience's picture zoom is (audience-fit.tsx).
 */
function useFittedWords(
  box: React.RefObject<HTMLElement | null>,
  region: React.RefObject<HTMLElement | null>,
  fits: readonly WordFit[],
  zoom: number,
  content: string,
): void {
  useLayoutEffect(() => {
    const outer = box.current;
    const el = region.current;
    if (!outer || !el) return;
    const place = () => {
      for (const fit of fits) {
        drawFit(outer, el, fit, zoom);
        if (el.scrollHeight <= el.clientHeight + 1) return;
      }
    };
    place();
    if (typeof ResizeObserver === 'undefined') return;
    let size = `${outer.clientWidth}x${outer.clientHeight}`;
    const ro = new ResizeObserver(() => {
      const now = `${outer.clientWidth}x${outer.clientHeight}`;
      if (now === size) return;
      size = now;
      place();
    });
    ro.observe(outer);
    return () => ro.disconnect();
  }, [box, region, fits, zoom, content]);
}

type Link = 'waiting' | 'live' | 'ended' | 'unsupported';

export function AudienceView({
  flow,
  presenter,
  initialSlide,
}: {
  flow: Flow;
  presenter?: PresenterData;
  initialSlide?: string;
}) {
  const [state, setState] = useState<PresenterState | null>(() => {
    if (!initialSlide) return null;
    const found = deckReaching(flow, presenter ? { presenter } : {}, initialSlide);
    return found ? { slide: initialSlide, entry: found.entry, route: found.deck.route, mode: 'guide' } : null;
  });
  const [link, setLink] = useState<Link>(() => (typeof BroadcastChannel === 'undefined' ? 'unsupported' : 'waiting'));
  const [full, setFull] = useState(false);
  const [fullNotice, setFullNotice] = useState('');
  const channel = useRef<ReturnType<typeof openChannel>>(null);
  const id = useId();
  const wordZoom = useWordZoom();

  useEffect(() => {
    const ch = openChannel(flow.id, (m) => {
      if (m.type === 'state') {
        setState(m.state);
        setLink('live');
      } else if (m.type === 'bye') setLink('ended');
    });
    channel.current = ch;
    if (!ch) return;
    ch.post({ type: 'hello' });
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [flow.id]);

  const deck = useMemo(
    () =>
      state
        ? buildDeck(flow, { entry: state.entry, picks: state.route, ...(presenter ? { presenter } : {}) })
        : undefined,
    [flow, presenter, state],
  );
  // A fix step's slide broken by a tip slide is in parts: the presenter's action says which.
  const index =
    deck && state
      ? findSlide(deck, state.slide, state.action === undefined ? null : String(state.action + 1)).index
      : -1;
  const slide = deck?.slides[index];

  useEffect(() => {
    document.title = slide ? `${plainText(slideTitle(slide))} – KB ${flow.kb.id}` : `Audience – KB ${flow.kb.id}`;
  }, [slide, flow.kb.id]);

  // Full screen: this window's own button (or F).
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggleFullscreen = useCallback(async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else {
        if (!document.fullscreenEnabled) throw new Error('unsupported');
        await document.documentElement.requestFullscreen();
      }
      setFullNotice('');
    } catch {
      setFullNotice('This browser did not allow full screen here: use its own full-screen key (often F11).');
    }
  }, []);

  // A clicker or keyboard used on this window drives the presenter.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const c = commandFor(e);
      if (!c || c === 'escape') return;
      e.preventDefault();
      if (c === 'fullscreen') void toggleFullscreen();
      else channel.current?.post({ type: 'command', command: c });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleFullscreen]);

  const mode: TrainerMode = slide?.kind === 'node' && hasTrainer(slide.node) && state ? state.mode : 'guide';
  const status =
    link === 'ended'
      ? 'The presenter closed presenter mode.'
      : link === 'unsupported'
        ? 'This browser cannot follow the presenter window; open this page from presenter mode in a current browser.'
        : '';

  // Blank: the whole window goes black, its header bar included (nothing lit on the projector).
  if (state?.blank) {
    return (
      <div className="flex h-dvh cursor-none flex-col overflow-hidden bg-black" data-testid="audience" data-link={link}>
        <main className="flex-1 bg-black" data-testid="audience-blank">
          <h1 className="sr-only">The presenter has blanked the screen</h1>
        </main>
      </div>
    );
  }

  return (
    <div
      className="flex h-dvh flex-col overflow-hidden bg-white text-slate-900"
      data-testid="audience"
      data-link={link}
    >
      <header
        className="flex shrink-0 items-center gap-4 border-b border-slate-200 px-6 py-1 text-lg text-slate-700"
        style={wordZoom}
      >
        <p className="min-h-11 min-w-0 flex-1 content-center">
          {`KB ${flow.kb.id}`}
          {slide && deck && ` · slide ${index + 1} of ${deck.slides.length}`}
        </p>
        <p role="status" className="text-base">
          {status || fullNotice}
        </p>
        {/* Once full screen, the button goes: Esc (or F) leaves it. */}
        {!full && (
          <button
            type="button"
            onClick={() => void toggleFullscreen()}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-3 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            Full screen
          </button>
        )}
      </header>
      <main className="relative flex min-h-0 flex-1 flex-col" data-testid="audience-main">
        {slide && state ? (
          <AudienceSlide
            key={`${slide.key}-${mode}`}
            slide={slide}
            mode={mode}
            state={state}
            headingId={`${id}-slide`}
          />
        ) : (
          <div className="p-8" style={wordZoom}>
            <h1 className="text-4xl font-bold">{`KB ${flow.kb.id}: waiting for the presenter…`}</h1>
          </div>
        )}
      </main>
    </div>
  );
}

function AudienceSlide({
  slide,
  mode,
  state,
  headingId,
}: {
  slide: Slide;
  mode: TrainerMode;
  state: PresenterState;
  headingId: string;
}) {
  if (slide.kind === 'node' && slide.node.kind === 'step') {
    return <AudienceStep step={slide.node} mode={mode} state={state} headingId={headingId} />;
  }
  return <AudienceWords slide={slide} state={state} headingId={headingId} />;
}

/**
 * A slide of words (the title, a question and its answers, a tip, an outcome), with its picture if it has one: the
 * words fitted to the window whole (wordFits), so that no answer is ever cut off; past the smallest size, they
 * scroll with the presenter.
 */
function AudienceWords({ slide, state, headingId }: { slide: Slide; state: PresenterState; headingId: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const wide = useWideWindow();
  const wordZoom = useWordZoom();
  const mockup =
    slide.kind === 'tip'
      ? slide.tip.mockup
      : slide.kind === 'node' && slide.node.kind === 'question'
        ? slide.node.mockup
        : undefined;
  const question = slide.kind === 'node' && slide.node.kind === 'question';
  const fits = useMemo(() => wordFits(!!mockup, wide, question), [mockup, wide, question]);
  // The answer the class gave is marked, which changes which answer is drawn so: the words are fitted again.
  useFittedWords(boxRef, scrollRef, fits, wordZoom?.zoom ?? 1, `${slide.key} ${state.given?.join() ?? ''}`);
  // Follow the presenter's scrolling on a slide taller than this window.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || state.scroll === undefined) return;
    el.scrollTop = Math.round(state.scroll * Math.max(0, el.scrollHeight - el.clientHeight));
  }, [state.scroll]);
  let body;
  if (slide.kind === 'title') {
    body = (
      <p className="mt-8 max-w-5xl text-3xl leading-snug" data-testid="title-symptom">
        <RichText text={slide.summary} />
      </p>
    );
  } else if (slide.kind === 'tip') {
    body = (
      <>
        {slide.tip.body.map((p, i) => (
          <p key={i} className={cn('mt-3', mockup ? 'text-xl' : 'text-2xl')}>
            <RichText text={p} />
          </p>
        ))}
      </>
    );
  } else if (slide.node.kind === 'question') {
    const node = slide.node;
    body = (
      <>
        <p className={cn('mt-3', mockup ? 'text-2xl' : 'text-3xl')}>
          <RichText text={node.prompt} />
        </p>
        <ul data-slot="audience-answers" className={cn('grid gap-x-5', mockup ? 'mt-4 gap-y-2' : 'mt-5 gap-y-3')}>
          {node.options.map((o) => {
            // Only an answer given (chosen in class, or the case's own): the room does not see the answer the deck
            // follows by default before the class has given one.
            const taken = slide.choice?.id === o.id && !!state.given?.includes(node.id);
            return (
              <li
                key={o.id}
                data-taken={taken ? '' : undefined}
                className={cn(
                  'rounded-lg border-2',
                  mockup ? 'px-4 py-2 text-xl' : 'px-5 py-3 text-2xl',
                  // Marked by an outline, which takes no room (bold words wrap longer and set the slide smaller); in
                  // forced colours, drawn in the system's highlight colours, as a selected item is.
                  taken
                    ? 'border-brand-700 bg-brand-50 outline-2 outline-brand-700 forced-colors:bg-[Highlight] forced-colors:text-[HighlightText] forced-colors:forced-color-adjust-none'
                    : 'border-slate-300',
                )}
              >
                <RichText text={o.label} />
                {taken && <span className="sr-only"> (the answer followed)</span>}
              </li>
            );
          })}
        </ul>
      </>
    );
  } else if (slide.node.kind === 'outcome') {
    body = (
      <>
        <p className="mt-3 text-3xl">
          <RichText text={slide.node.summary} />
        </p>
        {slide.node.body?.map((p, i) => (
          <p key={i} className="mt-4 text-2xl text-slate-800">
            <RichText text={p} />
          </p>
        ))}
        {/* What to do about it, as the presenter's slide lists it: the room sees the steps the trainer talks through. */}
        {!!slide.node.nextChecks?.length && (
          <ul className="mt-4 list-disc pl-8 text-2xl text-slate-800" data-testid="audience-next-checks">
            {slide.node.nextChecks.map((c, i) => (
              <li key={i} className="mt-2">
                <RichText text={c} />
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  const title = slide.kind === 'title';
  return (
    // With a picture, the words stand beside it (the picture keeps the whole height), else they fill the window.
    <div
      ref={boxRef}
      className={cn(
        'min-h-0 flex-1 px-8 py-4',
        mockup ? 'grid grid-rows-[minmax(0,1fr)] gap-6' : 'flex flex-col',
        title && 'justify-center px-12',
      )}
      // Its columns, the words' zoom and the answers' columns: useFittedWords.
      data-testid="audience-words-box"
    >
      <div
        ref={scrollRef}
        // It scrolls with the presenter; keyboard users can scroll it too (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-labelledby={headingId}
        className={cn(
          'min-h-0 min-w-0 overflow-y-auto focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600',
          !mockup && !title && 'flex-1',
        )}
        data-testid="audience-scroll"
      >
        <article aria-labelledby={headingId} data-slide={slide.key}>
          <p className={cn('font-semibold tracking-wide text-brand-800', title ? 'text-2xl' : 'text-lg uppercase')}>
            {title ? `KB ${slide.kb.id}` : slideKind(slide)}
          </p>
          <h1
            id={headingId}
            className={cn(
              'mt-1 font-bold text-balance',
              title ? 'text-5xl leading-tight' : mockup ? 'text-3xl' : 'text-4xl',
            )}
          >
            <RichText text={title ? slide.kb.title : slideTitle(slide)} />
          </h1>
          {body}
        </article>
      </div>
      {mockup && (
        <figure aria-labelledby={`${headingId}-screen`} className="m-0 flex min-h-0 min-w-0 flex-col">
          <FittedScreen
            screen={mockup.screen}
            state={mockup.state ?? {}}
            spotlight={mockup.target}
            labelledBy={`${headingId}-screen`}
            zoom={state.zoom}
          />
          <figcaption id={`${headingId}-screen`} className="sr-only">
            {mockup.description}
          </figcaption>
        </figure>
      )}
    </div>
  );
}

/** A fix step: one action, or the demonstration, or the learner's screen, with the screen as large as fits. */
function AudienceStep({
  step,
  mode,
  state,
  headingId,
}: {
  step: StepNode;
  mode: TrainerMode;
  state: PresenterState;
  headingId: string;
}) {
  const reduced = useReducedMotion();
  const wide = useWideWindow();
  const wordZoom = useWordZoom();
  const moves = trainerMoves(step);
  const total = moves.length;
  const practising = (mode === 'try' || mode === 'test') && total > 0 ? state.practice : undefined;
  const learnerScreen = useLearnerScreen(
    practising && moves[Math.min(practising.index, total - 1)]!.screen,
    practising?.screen,
  );
  let kicker: string;
  let caption: React.ReactNode;
  /** The caption's words, for its type size. */
  let words: string;
  let picture:
    | {
        screen: string;
        state: Readonly<Record<string, unknown>>;
        spotlight?: string;
        description: string;
        pointer?: Parameters<typeof FittedScreen>[0]['pointer'];
      }
    | undefined;

  if (mode === 'show' && total > 0) {
    const s = state.show ?? { index: 0, phase: 'point' as const, finished: false };
    const i = Math.min(s.index, total - 1);
    const move = moves[i]!;
    // As on the presenter's screen: after the last action, what it leaves on the screen (its dialog closed).
    const shown = shownScreen({ total, index: i, phase: s.phase, finished: s.finished, playing: false }, moves)!;
    const pointing = !s.finished && s.phase !== 'result';
    kicker = `${MODE_LABELS.show} · action ${i + 1} of ${total}`;
    words = s.finished ? '' : `${moveInstruction(move)} ${s.phase === 'result' ? (move.result ?? '') : ''}`;
    caption = s.finished ? (
      'Finished: every action shown.'
    ) : (
      <>
        <RichText text={moveInstruction(move)} />
        {s.phase === 'result' && move.result && (
          <>
            {' '}
            <RichText text={move.result} />
          </>
        )}
      </>
    );
    picture = {
      screen: shown.screen,
      state: shown.state ?? {},
      ...(pointing ? { spotlight: move.target } : {}),
      description: screenTitle(shown.screen),
      pointer: { target: move.target, pressed: s.phase === 'press' && !s.finished, animate: !reduced, hold: !pointing },
    };
  } else if ((mode === 'try' || mode === 'test') && total > 0) {
    const p = state.practice ?? { index: 0, spotlight: false, finished: false };
    const move = moves[Math.min(p.index, total - 1)]!;
    kicker = `${MODE_LABELS[mode]} · action ${Math.min(p.index, total - 1) + 1} of ${total}`;
    words = p.finished ? '' : taskText(step, move);
    caption = p.finished ? (
      'All actions done.'
    ) : (
      <>
        <RichText text={taskText(step, move)} />
        {/* What the learner at the presenter's screen is told: the room follows a wrong action and the hints. */}
        {p.wrong && <span className="block text-xl font-semibold text-red-800">Not that one.</span>}
        {(p.hint ?? 0) >= 1 && (
          <span className="block text-xl" data-testid="audience-hint">
            Hint: <RichText text={moveInstruction(move)} />
          </span>
        )}
        {p.spotlight && <span className="block text-xl">{`Highlighted: ${controlName(move)}`}</span>}
      </>
    );
    picture = p.finished
      ? undefined
      : {
          screen: move.screen,
          // What the learner's last action left on the screen, as the presenter's screen shows it.
          state: learnerScreen ?? move.state,
          ...(p.spotlight ? { spotlight: move.target } : {}),
          description: screenTitle(move.screen),
        };
  } else {
    const i = Math.min(state.action ?? 0, step.actions.length - 1);
    const action = step.actions[i]!;
    kicker = `${KIND.step} · action ${i + 1} of ${step.actions.length}`;
    // The step's warnings come with its first action: the room reads them before anything is done.
    const warnings = i === 0 ? (step.warnings ?? []) : [];
    const text = tidySentence(action.text);
    words = [...warnings.flatMap((w) => [w.title, ...w.body]), text].join(' ');
    caption = (
      <>
        {warnings.map((w, k) => (
          <span
            key={k}
            // Smaller than the action it comes before (in proportion to it), so that both fit the window.
            className="mb-4 block rounded-lg border-2 border-amber-700 bg-amber-50 px-4 py-3 text-[0.65em] leading-snug text-amber-950"
            data-testid="audience-warning"
          >
            <strong className="block">{w.title}</strong>
            {w.body.map((b, j) => (
              <span key={j} className="mt-1 block">
                <RichText text={b} />
              </span>
            ))}
          </span>
        ))}
        <RichText text={text} />
      </>
    );
    picture = action.mockup
      ? {
          screen: action.mockup.screen,
          state: action.mockup.state ?? {},
          ...(action.mockup.target ? { spotlight: action.mockup.target } : {}),
          description: action.mockup.description,
        }
      : undefined;
  }

  return (
    <article
      aria-labelledby={headingId}
      data-slide={step.id}
      data-mode={mode}
      // Tight around the words, so that the picture, with its callout's strips, keeps its room in a 4:3 window.
      className="flex min-h-0 flex-1 flex-col px-8 pt-2 pb-1"
    >
      <p
        className="text-lg leading-tight font-semibold tracking-wide text-brand-800 uppercase"
        data-testid="audience-kicker"
        style={wordZoom}
      >
        {kicker}
      </p>
      <h1 id={headingId} className="text-3xl font-bold text-balance" style={wordZoom}>
        <RichText text={step.title} />
      </h1>
      {/* The picture keeps its room: the words above it (smaller when long), or beside it in a wide window. */}
      <div
        className={cn(
          'mt-1 flex min-h-0 flex-1 flex-col gap-2',
          picture && wide && 'grid grid-cols-[minmax(15rem,30%)_minmax(0,1fr)] grid-rows-[minmax(0,1fr)] gap-6',
        )}
      >
        <p
          className={cn(
            'min-w-0 shrink-0',
            picture
              ? cn(captionSize(plainText(words).length, wide), 'leading-snug')
              : // A long caption (an action with the step's warning before it) one size smaller, to fit the window.
                cn('mt-6 max-w-5xl leading-snug', plainText(words).length > 400 ? 'text-3xl' : 'text-4xl'),
          )}
          aria-live="polite"
          data-testid="audience-caption"
          style={wordZoom}
        >
          {caption}
        </p>
        {picture && (
          <figure
            aria-labelledby={`${headingId}-screen`}
            className="m-0 flex min-h-0 min-w-0 flex-1 flex-col"
            data-testid="audience-mirror"
          >
            <FittedScreen
              key={mode === 'guide' ? `${picture.screen}-${state.action ?? 0}` : 'live'}
              screen={picture.screen}
              state={picture.state}
              spotlight={picture.spotlight}
              pointer={picture.pointer}
              labelledBy={`${headingId}-screen`}
              zoom={state.zoom}
            />
            <figcaption id={`${headingId}-screen`} className="sr-only">
              {picture.description}
            </figcaption>
          </figure>
        )}
      </div>
    </article>
  );
}
