/**
 * The shape of each mockup screen's state, as the zod schema its folder's
 * spec declares (screens/<id>/spec.ts). Only the content validator and the
 * tests read these (content is checked before it ships), so zod stays out of
 * the pages that draw the screens.
 */
import type { z } from 'zod';

import { SCREEN_DEFINITIONS } from './screen-definitions';

/** The schema of each screen's state, by screen id. */
export const SCREEN_STATE_SCHEMAS: Readonly<Record<string, z.ZodType>> = Object.fromEntries(
  Object.entries(SCREEN_DEFINITIONS).map(([id, spec]) => [id, spec.state]),
);
