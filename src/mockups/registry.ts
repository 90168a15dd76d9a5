/**
 * Screen id → lazily loaded screen component: the only bridge from content
 * (which names screens by id) to React. Each screen is its own chunk, so a
 * step loads only the screens it shows.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

import type { ScreenId } from './catalog';
import type { ScreenProps } from './screens/screen-props';

type ScreenRegistry = { readonly [Id in ScreenId]: LazyExoticComponent<ComponentType<ScreenProps<Id>>> };

export const SCREEN_COMPONENTS: ScreenRegistry = {
  'exchange-admin': lazy(() => import('./screens/exchange-admin').then((m) => ({ default: m.ExchangeAdminScreen }))),
  'exchange-properties': lazy(() =>
    import('./screens/exchange-properties').then((m) => ({ default: m.ExchangePropertiesScreen })),
  ),
  'exchange-options': lazy(() =>
    import('./screens/exchange-options').then((m) => ({ default: m.ExchangeOptionsScreen })),
  ),
  'add-users-groups': lazy(() =>
    import('./screens/add-users-groups').then((m) => ({ default: m.AddUsersGroupsScreen })),
  ),
  'event-viewer': lazy(() => import('./screens/event-viewer').then((m) => ({ default: m.EventViewerScreen }))),
  'migration-wizard': lazy(() =>
    import('./screens/migration-wizard').then((m) => ({ default: m.MigrationWizardScreen })),
  ),
  'user-manager-new-user': lazy(() =>
    import('./screens/user-manager-new-user').then((m) => ({ default: m.NewUserScreen })),
  ),
};
