/**
 * The teal "desktop" a mockup is drawn on. The drawing is scaled to the space
 * available by the one scaling rule (fit-screen.tsx): it shrinks to fit its
 * column, so it is never cut and the page never scrolls sideways. Strips of
 * the desktop above and below the window hold the spotlight callout;
 * `overlay` is drawn in the stage's own coordinates (the callout, Show's
 * pointer), unscaled.
 */
import type { ReactNode, RefObject } from 'react';

import { type FitRule, FitScreen } from './fit-screen';

type MockupStageProps = FitRule & {
  /** Id of the element naming the picture (the figure's title). */
  labelledBy: string;
  /** The drawing's expected size (the catalog's), used until it is measured. */
  size?: { readonly width: number; readonly height: number };
  /** The positioned stage element, for the callout and the pointer to measure. */
  stageRef?: RefObject<HTMLDivElement | null>;
  /** Drawn over the stage, unscaled (callout, pointer). */
  overlay?: ReactNode;
  /** Told the drawing's scale (below 1: the figure offers Enlarge). */
  onScale?: (scale: number) => void;
  children: ReactNode;
  className?: string;
};

export function MockupStage({
  labelledBy,
  size = { width: 600, height: 300 },
  stageRef,
  overlay,
  onScale,
  children,
  className,
  ...fit
}: MockupStageProps) {
  return (
    <FitScreen
      {...fit}
      width={size.width}
      height={size.height}
      labelledBy={labelledBy}
      onScale={onScale}
      className={className}
      frame={(drawing) => (
        <div ref={stageRef} data-slot="mockup-stage">
          {drawing}
          {overlay}
        </div>
      )}
    >
      {children}
    </FitScreen>
  );
}
