/**
 * A mockup screen as a figure in the wizard or the gallery. The screen is an
 * illustration: it is `inert` (no tab stops, hidden from assistive
 * technology), and the figure carries the meaning in text: its accessible
 * name is the screen title in the visible caption, and the caption gives the
 * content's description and what is highlighted.
 *
 * The drawing sits on a teal "desktop" stage (mockup-stage.tsx) and is
 * scaled to its column by the one scaling rule (fit-screen.tsx): never wider
 * than the program's own size, smaller where the column is narrower. Drawn
 * smaller than that, the figure offers Enlarge, which shows it as large as
 * the window allows (enlarge-dialog.tsx, loaded on demand). The screen is
 * drawn only once the stage is near the viewport (use-near-viewport.ts) or
 * the page is printed; until then, and while its code loads, a box of the
 * drawing's size holds its place, so nothing jumps.
 */
import { type ComponentType, memo, useId, useMemo, useRef, useState } from 'react';

import type { MockupRef } from './mockup-ref';
import { cn } from '@/lib/cn';

import type { ScreenId } from './catalog';
import type { EnlargeDialogProps } from './enlarge-dialog';
import { MockupStage } from './mockup-stage';
import { resolveMockup } from './resolve-mockup';
import { ScreenSlot } from './screen-slot';
import { SpotlightCallout } from './spotlight-callout';
import { useNearViewport } from './use-near-viewport';

type StageProps = {
  screen: ScreenId;
  state: Record<string, unknown>;
  target: string | undefined;
  highlighted: string | undefined;
  size: { width: number; height: number };
  titleId: string;
  eager: boolean;
  onScale?: (scale: number) => void;
};

function Stage({ screen, state, target, highlighted, size, titleId, eager, onScale }: StageProps) {
  const stageRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(stageRef, eager);
  return (
    <MockupStage
      labelledBy={titleId}
      size={size}
      stageRef={stageRef}
      onScale={onScale}
      overlay={
        near && target && highlighted && <SpotlightCallout stageRef={stageRef} target={target} label={highlighted} />
      }
    >
      <ScreenSlot screen={screen} show={near} width={size.width} height={size.height}>
        {(Screen) => (
          <div inert>
            <Screen {...state} target={target} />
          </div>
        )}
      </ScreenSlot>
    </MockupStage>
  );
}

/** The picture is drawn this much smaller than the program's own size or more: offer Enlarge. */
const ENLARGE_BELOW = 0.999;

/**
 * Memoised: its props come from the content and do not change, so a step that
 * re-renders (a tick, a chosen answer) leaves the drawn screen alone.
 */
export const MockupFigure = memo(function MockupFigure({
  mockup,
  className,
  eager = false,
}: {
  mockup: MockupRef;
  className?: string;
  /** Draw the screen at once, not only when it nears the viewport (the gallery, where every screen is looked up and searched). */
  eager?: boolean;
}) {
  const id = useId();
  const resolved = useMemo(() => resolveMockup(mockup), [mockup]);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const hlId = `${id}-hl`;
  const highlighted = resolved.ok ? resolved.highlighted : undefined;
  const [small, setSmall] = useState(false);
  const onScale = useMemo(() => (scale: number) => setSmall(scale < ENLARGE_BELOW), []);
  const [Dialog, setDialog] = useState<ComponentType<EnlargeDialogProps> | null>(null);
  const enlargeRef = useRef<HTMLButtonElement>(null);
  const enlarge = () =>
    void import('./enlarge-dialog').then(
      (m) => setDialog(() => m.EnlargeDialog),
      () => undefined,
    );

  return (
    <figure
      aria-labelledby={titleId}
      aria-describedby={highlighted ? `${descId} ${hlId}` : descId}
      data-slot="mockup-figure"
      data-screen={mockup.screen}
      data-spotlight={highlighted ? mockup.target : undefined}
      className={cn('m-0 max-w-full min-w-0', className)}
    >
      {resolved.ok ? (
        <Stage
          screen={resolved.screen}
          state={resolved.state}
          target={resolved.target}
          highlighted={resolved.highlighted}
          size={resolved.size}
          titleId={titleId}
          eager={eager}
          onScale={onScale}
        />
      ) : (
        <p data-slot="mockup-unavailable">This screen picture can’t be shown: {resolved.problem}.</p>
      )}
      {resolved.ok && small && (
        <button
          ref={enlargeRef}
          type="button"
          onClick={enlarge}
          aria-label={`Enlarge the picture: ${resolved.title}`}
          data-slot="mockup-enlarge"
        >
          Enlarge
        </button>
      )}
      {resolved.ok && Dialog && (
        <Dialog
          mockup={mockup}
          onClose={() => {
            setDialog(null);
            enlargeRef.current?.focus();
          }}
        />
      )}
      <figcaption>
        <span id={titleId}>{resolved.title}</span>
        <span id={descId}>{mockup.description}</span>
        {highlighted && (
          <span id={hlId}>
            <b>Highlighted:</b> {highlighted}
          </span>
        )}
      </figcaption>
    </figure>
  );
});
