/**
 * A mockup screen as a figure in the wizard or the gallery. The screen is an
 * illustration: it is `inert` (no tab stops, hidden from assistive
 * technology), and the figure carries the meaning in text: its accessible
 * name is the screen title in the visible caption, and the caption gives the
 * content's description and what is highlighted.
 *
 * The drawing sits on a teal "desktop" stage (mockup-stage.tsx) that scrolls
 * sideways inside its own frame when the viewport is narrow, so the page
 * itself never does. The screen is drawn only once the stage is near the
 * viewport (use-near-viewport.ts); until then, and while its code loads, a
 * box of the drawing's size holds its place, so nothing jumps.
 */
import { memo, useId, useMemo, useRef } from 'react';

import type { MockupRef } from '@/content/schema';
import { cn } from '@/lib/cn';

import type { ScreenId } from './catalog';
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
};

function Stage({ screen, state, target, highlighted, size, titleId, eager }: StageProps) {
  const stageRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(stageRef, eager);
  return (
    <MockupStage labelledBy={titleId} minHeight={size.height + 96} stageRef={stageRef}>
      <ScreenSlot screen={screen} show={near} width={size.width} height={size.height}>
        {(Screen) => (
          <>
            <div inert className="inline-block text-left align-top">
              <Screen {...state} target={target} />
            </div>
            {target && highlighted && <SpotlightCallout stageRef={stageRef} target={target} label={highlighted} />}
          </>
        )}
      </ScreenSlot>
    </MockupStage>
  );
}

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
        />
      ) : (
        <p
          data-slot="mockup-unavailable"
          className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          This screen picture can’t be shown: {resolved.problem}.
        </p>
      )}
      <figcaption className="mt-2 text-sm text-slate-700">
        <span id={titleId} className="block font-semibold text-slate-900">
          {resolved.title}
        </span>
        <span id={descId} className="block">
          {mockup.description}
        </span>
        {highlighted && (
          <span id={hlId} className="block">
            <span className="font-semibold">Highlighted:</span> {highlighted}
          </span>
        )}
      </figcaption>
    </figure>
  );
});
