/**
 * The screens a walk through either article's fix shows, bundled as one file
 * (scripts/build/chunk-groups.ts, group `walk-screens`) and loaded through this
 * one module: a screen loaded through its own module would cost a small
 * extra file per screen (the bundler's re-export of it from the bundle).
 */
export { EventViewerScreen } from './event-viewer';
export { ExchangeAdminScreen } from './exchange-admin';
export { MailboxResourcesScreen } from './exchange-mailbox-resources';
export { ExchangePropertiesScreen } from './exchange-properties';
export { MigrationWizardScreen } from './migration-wizard';
export { NewUserScreen } from './user-manager-new-user';
