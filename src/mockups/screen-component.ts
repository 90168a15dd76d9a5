import type { ComponentType } from 'react';

import type { ScreenControlProps } from './win/mockup-context';

/** A screen's component as the registry and the bundles hold it: each screen takes its own state props (checked by its spec); here they are opaque. */
export type AnyScreenComponent = ComponentType<Record<string, unknown> & ScreenControlProps>;
