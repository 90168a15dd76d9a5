/**
 * Checks a content mockup reference against the catalog at render time:
 * known screen, known target, and the state values the screen looks things
 * up by. The content validator checks the whole state against the zod
 * schemas (catalog-schemas.ts) before content ships; this light check keeps
 * a bad reference from crashing a page without loading a validator.
 */
import type { MockupRef } from './mockup-ref';

import { type ScreenId, SCREENS, isScreenId, stateProblem, targetLabel } from './catalog';

export type ResolvedMockup =
  | {
      readonly ok: true;
      readonly screen: ScreenId;
      readonly title: string;
      readonly state: Record<string, unknown>;
      readonly target: string | undefined;
      /** The phrase for "Highlighted: …", when a target is set. */
      readonly highlighted: string | undefined;
      readonly size: { readonly width: number; readonly height: number };
    }
  | { readonly ok: false; readonly title: string; readonly problem: string };

export function resolveMockup(mockup: MockupRef): ResolvedMockup {
  if (!isScreenId(mockup.screen)) {
    return { ok: false, title: 'Screen picture', problem: `there is no screen called “${mockup.screen}”` };
  }
  const spec = SCREENS[mockup.screen]!;
  const highlighted = targetLabel(mockup.screen, mockup.target);
  if (mockup.target !== undefined && highlighted === undefined) {
    return { ok: false, title: spec.title, problem: `this screen has no control “${mockup.target}” to point at` };
  }
  const state = mockup.state ?? {};
  const problem = stateProblem(mockup.screen, state);
  if (problem) {
    const where = problem.path ? ` (${problem.path})` : '';
    return { ok: false, title: spec.title, problem: `its settings are not valid${where}: ${problem.message}` };
  }
  return {
    ok: true,
    screen: mockup.screen,
    title: spec.title,
    state,
    target: mockup.target,
    highlighted,
    size: spec.size,
  };
}
