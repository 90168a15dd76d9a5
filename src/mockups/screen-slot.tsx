/**
 * Where a mockup screen is drawn: the screen once its code is loaded, a box of
 * the drawing's size until then (so nothing moves when it comes), and a short
 * message with a way to try again if its code could not be fetched.
 *
 * The drawing arrives as a transition: React builds it in slices between the
 * reader's clicks and drops it if the reader moves on first.
 */
import { type ComponentType, type ReactNode, startTransition, useEffect, useState } from 'react';

import { Button } from '@/components/ui/button';
import { reloadIfReachable } from '@/lib/reload-if-reachable';

import type { ScreenId } from './catalog';
import { loadScreen, loadedScreen } from './registry';
import type { ScreenControlProps } from './win/mockup-context';

export type AnyScreen = ComponentType<ScreenControlProps & Record<string, unknown>>;

/**
 * The screen's component once it is wanted and loaded; loads it when it is
 * wanted and not loaded yet. `failed` when the load failed; `retry` tries again,
 * and when that fails too, reloads the page if the server answers (the browser
 * may never fetch a failed module again in this page: reload-if-reachable.ts).
 */
function useScreen(
  id: ScreenId,
  wanted: boolean,
): { Screen: AnyScreen | undefined; failed: boolean; retry: () => void } {
  const [, setLoads] = useState(0);
  const [failure, setFailure] = useState<{ id: ScreenId; attempt: number } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const Screen = loadedScreen(id) as AnyScreen | undefined;
  const failed = failure !== null && failure.id === id && failure.attempt === attempt;
  useEffect(() => {
    if (!wanted || Screen) return;
    let live = true;
    loadScreen(id).then(
      () => live && startTransition(() => setLoads((n) => n + 1)),
      async () => {
        // Failed on a retry too: a new page asks the network again (the old one may never).
        if (!live || (attempt > 0 && (await reloadIfReachable()))) return;
        setFailure({ id, attempt });
      },
    );
    return () => {
      live = false;
    };
  }, [id, wanted, Screen, attempt]);
  return { Screen: wanted ? Screen : undefined, failed, retry: () => setAttempt((n) => n + 1) };
}

type ScreenSlotProps = {
  screen: ScreenId;
  /** Draw it (false: keep its place only, e.g. until it nears the viewport). */
  show?: boolean;
  /** The drawing's size on the page, in CSS pixels. */
  width: number;
  height: number;
  children: (Screen: AnyScreen) => ReactNode;
};

export function ScreenSlot({ screen, show = true, width, height, children }: ScreenSlotProps) {
  const { Screen, failed, retry } = useScreen(screen, show);
  if (Screen) return children(Screen);
  if (failed) {
    return (
      <div data-slot="mockup-failed" style={{ width, minHeight: height }}>
        <p className="m-0 max-w-prose text-center">
          The picture of this screen could not be loaded: the browser could not fetch it. Check the network connection.
        </p>
        <Button variant="secondary" onClick={retry}>
          Try loading the picture again
        </Button>
      </div>
    );
  }
  return <div aria-hidden="true" data-slot="mockup-placeholder" style={{ width, height }} />;
}
