/**
 * The shape of each mockup screen's state, as zod schemas. Only the content
 * validator and the tests read these (content is checked before it ships), so
 * zod stays out of the pages that draw the screens; the screens take their
 * prop types from here.
 */
import { z } from 'zod';

import { MIGRATION_PAGES, SAMPLE, type ScreenId } from './catalog';
import { EXCHANGE_OBJECTS, OBJECT_PERMISSIONS, ROLES } from './exchange-permissions';
import { EXPANDABLE_NODES, HIERARCHY_NODES } from './exchange-hierarchy';
import { NT_GROUPS, NT_USERS } from './nt-names';
import { rawPropertiesState } from './screens/exchange-raw-properties/state';
import { migrationImportState } from './screens/migration-import/state';
import { migrationNtAccountsState } from './screens/migration-nt-accounts/state';
import { notepadCsvState } from './screens/notepad-csv/state';


// ── Exchange Administrator main window ────────────────────────────────────
export const exchangeAdminState = z.object({
  /** The object selected in the hierarchy (left pane); default the organization. */
  selected: z.enum(HIERARCHY_NODES).optional(),
  /** Containers shown expanded; the selected object's containers are always expanded. */
  expanded: z.array(z.enum(EXPANDABLE_NODES)).optional(),
  /** A menu shown open. */
  menu: z.enum(['file', 'tools']).optional(),
  /** Started in raw mode (`admin /r`): the File menu offers Raw Properties. */
  raw: z.boolean().optional(),
  /** With Recipients selected: the mailbox (display name) a step points at, and whether it is drawn selected. */
  recipient: z.enum(SAMPLE.msMailUsers.map((u) => u.name) as [string, ...string[]]).optional(),
  recipientSelected: z.boolean().optional(),
});
export type ExchangeAdminState = z.infer<typeof exchangeAdminState>;

// ── Properties dialog of Organization / Site / Configuration ─────────────
const accountRow = z.object({ account: z.string().min(1), role: z.enum(ROLES) });

export const exchangePropertiesState = z
  .object({
    object: z.enum(EXCHANGE_OBJECTS),
    tab: z.enum(['general', 'permissions']).optional(),
    accounts: z.array(accountRow).optional(),
    selectedAccount: z.string().optional(),
    /** Show the Rights list (Tools › Options › "Display rights…"); default true. */
    showRights: z.boolean().optional(),
    /** Show the Roles drop-down opened, listing the roles this object offers. */
    rolesOpen: z.boolean().optional(),
  })
  .superRefine((s, ctx) => {
    const offered: readonly string[] = OBJECT_PERMISSIONS[s.object].roles;
    (s.accounts ?? []).forEach((row, i) => {
      if (!offered.includes(row.role)) {
        ctx.addIssue({
          code: 'custom',
          path: ['accounts', i, 'role'],
          message: `the ${s.object} object does not offer the role "${row.role}" (it offers ${offered.join(', ')})`,
        });
      }
    });
    if (s.selectedAccount !== undefined && !(s.accounts ?? []).some((a) => a.account === s.selectedAccount)) {
      ctx.addIssue({
        code: 'custom',
        path: ['selectedAccount'],
        message: `"${s.selectedAccount}" is not in the accounts list`,
      });
    }
  });
export type ExchangePropertiesState = z.infer<typeof exchangePropertiesState>;

// ── Tools › Options, Permissions tab ──────────────────────────────────────
export const exchangeOptionsState = z.object({
  showPermissionsPage: z.boolean().optional(),
  displayRights: z.boolean().optional(),
});
export type ExchangeOptionsState = z.infer<typeof exchangeOptionsState>;

// ── Add Users and Groups ──────────────────────────────────────────────────
export const addUsersGroupsState = z
  .object({
    /** Users are listed under Names only after Show Users. */
    showUsers: z.boolean().optional(),
    /** The name selected in the Names list (a group, or a user once Show Users is on). */
    selectedName: z.string().min(1).optional(),
    /** Names already copied into Add Names, as DOMAIN\name. */
    addNames: z.array(z.string().min(1)).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.selectedName === undefined) return;
    const listed: string[] = [...NT_GROUPS, ...(s.showUsers ? NT_USERS : [])].map((n) => n.name);
    if (!listed.includes(s.selectedName)) {
      ctx.addIssue({
        code: 'custom',
        path: ['selectedName'],
        message: `"${s.selectedName}" is not in the Names list${s.showUsers ? '' : ' (users appear only with showUsers)'}`,
      });
    }
  });
export type AddUsersGroupsState = z.infer<typeof addUsersGroupsState>;

// ── Event Viewer ──────────────────────────────────────────────────────────
/** An event as its article prints it: the screen draws whatever the content gives. */
const loggedEvent = z.object({
  id: z.string().regex(/^\d{1,5}$/, 'must be an event number'),
  source: z.string().min(1).max(40),
  type: z.enum(['Error', 'Warning', 'Information']),
  category: z.string().min(1).max(30),
  description: z.string().min(1).max(400),
});
export const eventViewerState = z.object({
  /** The Application log list, or the Event Detail of the error. */
  view: z.enum(['log', 'detail']).optional(),
  /** The error the run logged, exactly as its article prints it. */
  event: loggedEvent,
  /** How many times the run logged it (once per failed account); default 1. */
  count: z.number().int().min(1).max(4).optional(),
});
export type EventViewerState = z.infer<typeof eventViewerState>;

// ── Exchange Migration Wizard ─────────────────────────────────────────────
export const migrationWizardState = z.object({
  page: z.enum(MIGRATION_PAGES).optional(),
  /** Postoffice page: fill in the path, account name and password. */
  filled: z.boolean().optional(),
  /** Account selection: the mailboxes selected; default none. */
  selectedAccounts: z.array(z.enum(SAMPLE.msMailUsers.map((u) => u.mailbox) as [string, ...string[]])).optional(),
});
export type MigrationWizardState = z.infer<typeof migrationWizardState>;

// ── User Manager for Domains, New User ────────────────────────────────────
const NT_USERNAME = /^[^"/\\[\]:;|=,+*?<>]{1,20}$/;
export const newUserState = z.object({
  /** Username (NT 4: up to 20 characters, none of " / \ [ ] : ; | = , + * ? < >). */
  username: z.string().regex(NT_USERNAME, 'must be 1–20 characters without " / \\ [ ] : ; | = , + * ? < >').optional(),
  fullName: z.string().optional(),
  description: z.string().optional(),
  /** Characters typed in Password and Confirm Password (shown as asterisks; NT 4 allows 14). */
  passwordLength: z.number().int().min(0).max(14).optional(),
  mustChange: z.boolean().optional(),
  cannotChange: z.boolean().optional(),
  neverExpires: z.boolean().optional(),
  disabled: z.boolean().optional(),
  /** After Add: the fields are cleared for the next user and Cancel reads Close. */
  added: z.boolean().optional(),
});
export type NewUserState = z.infer<typeof newUserState>;

// ── Exchange Administrator, Mailbox Resources ─────────────────────────────
export const mailboxResourcesState = z.object({
  /** The sizes after a run that brought the mail across (default), or after the failed run. */
  run: z.enum(['after-fix', 'before-fix']).optional(),
});
export type MailboxResourcesState = z.infer<typeof mailboxResourcesState>;

/** The schema of each screen's state, by screen id. */
export const SCREEN_STATE_SCHEMAS = {
  'exchange-admin': exchangeAdminState,
  'exchange-properties': exchangePropertiesState,
  'exchange-options': exchangeOptionsState,
  'add-users-groups': addUsersGroupsState,
  'event-viewer': eventViewerState,
  'migration-wizard': migrationWizardState,
  'user-manager-new-user': newUserState,
  'exchange-mailbox-resources': mailboxResourcesState,
  'notepad-csv': notepadCsvState,
  'exchange-raw-properties': rawPropertiesState,
  'migration-import': migrationImportState,
  'migration-nt-accounts': migrationNtAccountsState,
} as const satisfies Record<ScreenId, z.ZodType>;

/** The state a screen accepts, as the screen component receives it. */
export type ScreenState<Id extends ScreenId> = z.infer<(typeof SCREEN_STATE_SCHEMAS)[Id]>;
