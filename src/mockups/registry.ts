/**
 * Screen id → its component, loaded on demand: the only bridge from content
 * (which names screens by id) to React. Each screen is its own chunk, so a
 * step loads only the screens it shows.
 *
 * Not React.lazy: a lazy screen suspends, its Suspense fallback is shown, and
 * React then holds the drawing back until 300 ms after that fallback appeared
 * (its fallback throttle) before committing it in one long task, which often
 * lands just as the reader clicks on. Here a screen is drawn as soon as its
 * code is in, and at once when it already is (screen-slot.tsx).
 */
import type { ComponentType } from 'react';

import type { ScreenId } from './catalog';
import type { ScreenProps } from './screens/screen-props';

type ScreenLoaders = { readonly [Id in ScreenId]: () => Promise<ComponentType<ScreenProps<Id>>> };

export const SCREEN_LOADERS: ScreenLoaders = {
  'exchange-admin': () => import('./screens/walk-screens').then((m) => m.ExchangeAdminScreen),
  'exchange-properties': () => import('./screens/walk-screens').then((m) => m.ExchangePropertiesScreen),
  'exchange-options': () => import('./screens/exchange-options').then((m) => m.ExchangeOptionsScreen),
  'add-users-groups': () => import('./screens/add-users-groups').then((m) => m.AddUsersGroupsScreen),
  'event-viewer': () => import('./screens/walk-screens').then((m) => m.EventViewerScreen),
  'migration-wizard': () => import('./screens/walk-screens').then((m) => m.MigrationWizardScreen),
  'user-manager-new-user': () => import('./screens/walk-screens').then((m) => m.NewUserScreen),
  'exchange-mailbox-resources': () =>
    import('./screens/walk-screens').then((m) => m.MailboxResourcesScreen),
  'notepad-csv': () => import('./screens/notepad-csv/notepad-csv').then((m) => m.NotepadCsvScreen),
  'exchange-raw-properties': () =>
    import('./screens/exchange-raw-properties/exchange-raw-properties').then((m) => m.ExchangeRawPropertiesScreen),
  'migration-import': () => import('./screens/migration-import/migration-import').then((m) => m.MigrationImportScreen),
  'migration-nt-accounts': () =>
    import('./screens/migration-nt-accounts/migration-nt-accounts').then((m) => m.MigrationNtAccountsScreen),
};

type AnyScreenComponent = ComponentType<ScreenProps<ScreenId>>;

const loaded = new Map<ScreenId, AnyScreenComponent>();
const loading = new Map<ScreenId, Promise<AnyScreenComponent>>();

/** The screen's component if its code is already loaded. */
export function loadedScreen(id: ScreenId): AnyScreenComponent | undefined {
  return loaded.get(id);
}

/**
 * Loads the screen's code once; every caller shares the same promise. A
 * failed load (the network down on a first visit) is forgotten, so that a
 * later call tries again.
 */
export function loadScreen(id: ScreenId): Promise<AnyScreenComponent> {
  let promise = loading.get(id);
  if (!promise) {
    promise = (SCREEN_LOADERS[id] as () => Promise<AnyScreenComponent>)().then(
      (component) => {
        loaded.set(id, component);
        return component;
      },
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, promise);
  }
  return promise;
}
