/**
 * Every screen component, imported eagerly (the registry's are lazy), so tests
 * can render any screen synchronously.
 */
import type { ReactNode } from 'react';

import type { ScreenId } from '../catalog';
import { AddUsersGroupsScreen } from '../screens/add-users-groups';
import { EventViewerScreen } from '../screens/event-viewer';
import { ExchangeAdminScreen } from '../screens/exchange-admin';
import { MailboxResourcesScreen } from '../screens/exchange-mailbox-resources';
import { ExchangeOptionsScreen } from '../screens/exchange-options';
import { ExchangePropertiesScreen } from '../screens/exchange-properties';
import { ExchangeRawPropertiesScreen } from '../screens/exchange-raw-properties/exchange-raw-properties';
import { MigrationImportScreen } from '../screens/migration-import/migration-import';
import { MigrationNtAccountsScreen } from '../screens/migration-nt-accounts/migration-nt-accounts';
import { MigrationWizardScreen } from '../screens/migration-wizard';
import { NotepadCsvScreen } from '../screens/notepad-csv/notepad-csv';
import { NewUserScreen } from '../screens/user-manager-new-user';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each screen takes its own state props
export const EAGER_SCREENS: Record<ScreenId, (props: any) => ReactNode> = {
  'exchange-admin': ExchangeAdminScreen,
  'exchange-properties': ExchangePropertiesScreen,
  'exchange-options': ExchangeOptionsScreen,
  'add-users-groups': AddUsersGroupsScreen,
  'event-viewer': EventViewerScreen,
  'migration-wizard': MigrationWizardScreen,
  'user-manager-new-user': NewUserScreen,
  'exchange-mailbox-resources': MailboxResourcesScreen,
  'notepad-csv': NotepadCsvScreen,
  'exchange-raw-properties': ExchangeRawPropertiesScreen,
  'migration-import': MigrationImportScreen,
  'migration-nt-accounts': MigrationNtAccountsScreen,
};
