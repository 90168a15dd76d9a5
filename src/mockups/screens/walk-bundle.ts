/**
 * The screens a walk through either article's fix shows, bundled as one file
 * (scripts/build/chunk-groups.ts, group `walk-screens`) and loaded through this
 * module (registry.ts, BUNDLED.walk).
 */
import type { AnyScreenComponent } from '../screen-component';
import { Screen as EventViewer } from './event-viewer/screen';
import { Screen as ExchangeAdmin } from './exchange-admin/screen';
import { Screen as MailboxResources } from './exchange-mailbox-resources/screen';
import { Screen as ExchangeProperties } from './exchange-properties/screen';
import { Screen as MigrationWizard } from './migration-wizard/screen';
import { Screen as NewUser } from './user-manager-new-user/screen';

// Each screen takes its own state (checked by its spec); the registry passes it on as it comes.
export const SCREENS = {
  'event-viewer': EventViewer,
  'exchange-admin': ExchangeAdmin,
  'exchange-mailbox-resources': MailboxResources,
  'exchange-properties': ExchangeProperties,
  'migration-wizard': MigrationWizard,
  'user-manager-new-user': NewUser,
} as unknown as Readonly<Record<string, AnyScreenComponent>>;
