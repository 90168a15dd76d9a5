/**
 * Presenter mode: the walk-through as slides in large type, with speaker
 * notes, full screen, keys for next / previous / show / try (all of them
 * single keys that can be switched off) and an audience window that follows
 * every slide and mode change over a BroadcastChannel, without the notes.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useHref, useSearchParams } from 'react-router';

import { lazyPaths } from '@/app/lazy-paths';
import { LiveAnnouncer, announce } from '@/components/ui/announcer';
import { Button } from '@/components/ui/button';
import { RichText, plainText } from '@/components/ui/rich-text';
import type { Flow } from '@/content/schema';
import { hasTrainer } from '@/content/trainer';
import { cn } from '@/lib/cn';

import { MODE_LABELS, TRAINER_MODES, type TrainerMode, parseMode } from '../step-trainer';
import type { PracticeProgress } from '../practice-panel';
import type { ShowProgress } from '../show-player';
import { type PresenterState, openChannel } from './channel';
import type { Slide } from './presentation';
import { type PresenterCommand, SHORTCUTS, commandFor, useShortcutsEnabled } from './shortcuts';
import { SlideView } from './slide';

type FullscreenState = 'off' | 'native' | 'fallback';

export function PresenterView({ flow, slides }: { flow: Flow; slides: readonly Slide[] }) {
  const [params, setParams] = useSearchParams();
  const requested = slides.findIndex((s) => s.node.id === params.get('node'));
  const index = requested >= 0 ? requested : 0;
  const slide = slides[index]!;
  const trainer = hasTrainer(slide.node);
  const mode: TrainerMode = trainer ? parseMode(params.get('mode')) : 'guide';
  const [shortcutsOn, setShortcutsOn] = useShortcutsEnabled();
  const [full, setFull] = useState<FullscreenState>('off');
  const [progress, setProgress] = useState<Pick<PresenterState, 'show' | 'practice'>>({});
  const [notice, setNotice] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const audienceHref = useHref(lazyPaths.audience(flow.id));

  const go = useCallback(
    (nextIndex: number, nextMode: TrainerMode = 'guide') => {
      const target = slides[Math.max(0, Math.min(slides.length - 1, nextIndex))]!;
      const m = hasTrainer(target.node) ? nextMode : 'guide';
      setProgress({});
      setParams(
        () => {
          const q = new URLSearchParams({ node: target.node.id });
          if (m !== 'guide') q.set('mode', m);
          return q;
        },
        { replace: true },
      );
      return target;
    },
    [slides, setParams],
  );

  const move = useCallback(
    (delta: number) => {
      const next = index + delta;
      if (next < 0 || next >= slides.length) {
        announce(delta > 0 ? 'This is the last slide.' : 'This is the first slide.');
        return;
      }
      const target = go(next);
      announce(`Slide ${next + 1} of ${slides.length}: ${plainText(target.node.title)}`);
    },
    [index, slides.length, go],
  );

  const setMode = useCallback(
    (m: TrainerMode) => {
      if (!trainer && m !== 'guide') {
        announce('This slide has no screen to practise on.');
        return;
      }
      go(index, m);
      announce(`${MODE_LABELS[m]}.`);
    },
    [trainer, go, index],
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

  const run = useCallback(
    (c: PresenterCommand) => {
      if (c === 'next') move(1);
      else if (c === 'previous') move(-1);
      else if (c === 'fullscreen') void toggleFullscreen();
      else setMode(c);
    },
    [move, setMode, toggleFullscreen],
  );

  useEffect(() => {
    if (!shortcutsOn) return;
    const onKey = (e: KeyboardEvent) => {
      const c = commandFor(e);
      if (!c) return;
      e.preventDefault();
      run(c);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcutsOn, run]);

  // The audience window: tell it where we are whenever that changes, and when it says hello.
  const state: PresenterState = useMemo(
    () => ({ nodeId: slide.node.id, mode, ...progress }),
    [slide.node.id, mode, progress],
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

  const onShowProgress = useCallback((show: ShowProgress) => setProgress({ show }), []);
  const onPracticeProgress = useCallback((practice: PracticeProgress) => setProgress({ practice }), []);

  useEffect(() => {
    document.title = `Presenter: ${plainText(slide.node.title)} – KB Wizard`;
  }, [slide.node.title]);

  const openAudience = () => {
    const w = window.open(audienceHref, `kbw-audience-${flow.id}`, 'noopener');
    setNotice(
      w === null
        ? 'The audience window opened (or your browser blocked pop-ups: allow them for this page).'
        : 'The audience window is open.',
    );
  };

  const next = slides[index + 1];
  const notes = slide.node.speakerNotes;

  return (
    <div
      ref={rootRef}
      data-fullscreen={full}
      className={cn(
        'min-h-dvh bg-white text-lg text-slate-900',
        full === 'fallback' && 'fixed inset-0 z-50 overflow-auto',
      )}
    >
      <header className="border-b border-slate-200 bg-white px-4 py-2">
        <div className="flex flex-wrap items-center gap-2">
          <Link
            to={lazyPaths.flow(flow.id)}
            className="mr-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
          >
            Exit presenter
          </Link>
          <p className="mr-2 font-semibold" data-testid="slide-position">{`Slide ${index + 1} of ${slides.length}`}</p>
          <Button variant="secondary" onClick={() => move(-1)} disabled={index === 0}>
            <span aria-hidden="true">←</span> Previous
          </Button>
          <Button variant="secondary" onClick={() => move(1)} disabled={index === slides.length - 1}>
            Next <span aria-hidden="true">→</span>
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
        </div>
        <p role="status" className="text-sm text-slate-700">
          {notice}
        </p>
      </header>
      <main className="grid gap-8 px-4 py-6 sm:px-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0">
          <SlideView
            key={`${slide.node.id}-${mode}`}
            flowId={flow.id}
            slide={slide}
            mode={mode}
            headingId={`${id}-slide`}
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
            <p className="mt-2 text-xl">{notes ? <RichText text={notes} /> : 'No notes for this slide.'}</p>
            {next && (
              <p className="mt-4 text-base text-slate-800">
                <span className="font-semibold">Up next: </span>
                <RichText text={next.node.title} />
              </p>
            )}
          </section>
          <section aria-labelledby={`${id}-keys`} className="rounded-lg border border-slate-300 p-4">
            <h2 id={`${id}-keys`} className="text-lg font-bold">
              Keyboard shortcuts
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
                'mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base',
                !shortcutsOn && 'text-slate-600',
              )}
            >
              {SHORTCUTS.map((s) => (
                <div key={s.command} className="contents">
                  <dt className="font-mono font-semibold">{s.keys.join(' / ')}</dt>
                  <dd>{s.label}</dd>
                </div>
              ))}
            </dl>
            {!shortcutsOn && <p className="mt-2 text-base">Shortcuts are off: use the buttons at the top.</p>}
          </section>
        </aside>
      </main>
      <LiveAnnouncer />
    </div>
  );
}
