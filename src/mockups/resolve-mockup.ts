/**
 * Checks a content mockup reference against the catalog at render time:
 * known screen, known target, state valid for the screen. The content
 * validator reports the same problems at build time; this keeps a bad
 * reference from crashing a page.
 */
import type { MockupRef } from '@/content/schema';

import { type ScreenId, SCREENS, isScreenId, targetLabel } from './catalog';

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
  const spec = SCREENS[mockup.screen];
  const highlighted = targetLabel(mockup.screen, mockup.target);
  if (mockup.target !== undefined && highlighted === undefined) {
    return { ok: false, title: spec.title, problem: `this screen has no control “${mockup.target}” to point at` };
  }
  const parsed = spec.state.safeParse(mockup.state ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length ? ` (${first.path.join('.')})` : '';
    return { ok: false, title: spec.title, problem: `its settings are not valid${where}: ${first?.message ?? 'invalid'}` };
  }
  return {
    ok: true,
    screen: mockup.screen,
    title: spec.title,
    state: parsed.data as Record<string, unknown>,
    target: mockup.target,
    highlighted,
    size: spec.size,
  };
}
