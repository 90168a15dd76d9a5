/**
 * The root of every screen: provides the spotlight / interactive context to
 * the controls inside and sets the NT 4 type. Screens wrap their windows in it.
 */
import type { ReactNode } from 'react';

import { MockupContext, type ScreenControlProps } from './mockup-context';

type MockupScreenProps = ScreenControlProps & {
  /** The screen id, as data-screen (for tests and tools). */
  screen: string;
  children: ReactNode;
  className?: string;
};

export function MockupScreen({
  screen,
  target,
  interactive = false,
  onAction,
  children,
  className,
}: MockupScreenProps) {
  return (
    <MockupContext value={{ target, interactive, onAction }}>
      <div data-slot="win-screen" data-screen={screen} className={className}>
        {children}
      </div>
    </MockupContext>
  );
}
