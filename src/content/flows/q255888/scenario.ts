/**
 * The example KB Q255888's pictures and practice share (ours, not the
 * article's): the organisation's accounts (the service account, the account
 * that ran Setup, the migration account MigAdmin), the event the article
 * prints, and the Properties dialog of the three objects the fix grants on.
 * Pictures receive these facts through their state.
 */
import type { MockupRef } from '../../schema';

export const Q = 'Q255888';
export const DIAGNOSIS = 'diagnosis-q255888';

export const SERVICE = 'ACMEDOM\\ExchService';
/** The event of the article's Symptoms, exactly as it prints it (the Event Viewer pictures draw it). */
export const EVENT_7044 = {
  id: '7044',
  source: 'MSExchangeMig',
  type: 'Error',
  category: 'None',
  description: 'Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.',
};
export const MIGRATION = 'ACMEDOM\\MigAdmin';
/**
 * The account that ran Exchange Setup: right after Setup it and the service
 * account are the ones with admin permissions (EX55DOC xgs03001, in
 * domain-facts §1.7). Which role Setup gives it is not in our sources; we
 * draw Permissions Admin (unverified).
 */
export const SETUP = 'ACMEDOM\\Administrator';

/** The New User dialog as the fix's pictures fill it in, before User Must Change Password… is cleared. */
export const NEW_USER_FILLED = {
  username: 'MigAdmin',
  fullName: 'Migration Administrator',
  description: 'Runs the MS Mail migration',
  passwordLength: 10,
};

export type Level = 'organization' | 'site' | 'configuration';

/** The Properties dialog of a container object, on its Permissions tab. */
export function properties(
  object: Level,
  stage: 'before' | 'added' | 'granted',
  target: string,
  description: string,
  /** Show the Roles drop-down opened (its list of roles). */
  rolesOpen = false,
): MockupRef {
  const accounts = [
    { account: SETUP, role: 'Permissions Admin' },
    { account: SERVICE, role: 'Service Account Admin' },
    ...(stage === 'before' ? [] : [{ account: MIGRATION, role: stage === 'granted' ? 'Permissions Admin' : 'Admin' }]),
  ];
  return {
    screen: 'exchange-properties',
    state: {
      object,
      tab: 'permissions',
      accounts,
      selectedAccount: stage === 'before' ? SERVICE : MIGRATION,
      // Drawn with the Rights list: the Permissions-tab tip turns on "Display rights for roles on Permissions page".
      showRights: true,
      ...(rolesOpen ? { rolesOpen } : {}),
    },
    target,
    description,
  };
}

export const LEVEL_TEXT: Record<Level, { name: string; shown: string; where: string; next: string; after: string }> = {
  organization: {
    name: 'Organization',
    shown: 'ACME',
    where:
      'In **Microsoft Exchange Administrator**, click the Organization object: the top of the hierarchy on the left, shown under your organization’s name.',
    next: 'grant-site',
    after: 'Next: the Site object',
  },
  site: {
    name: 'Site',
    shown: 'HEADOFFICE',
    where: 'In the hierarchy, expand the organization and click the Site object (shown under your site’s name).',
    next: 'grant-configuration',
    after: 'Next: the Configuration object',
  },
  configuration: {
    name: 'Configuration',
    shown: 'Configuration',
    where: 'In the hierarchy, expand the site and click its **Configuration** container.',
    next: 'fix-log-on',
    after: 'All three levels are done',
  },
};

export const DOC_MIGRATION = 'Exchange Server 5.5 documentation, Migration (xmg04022)';
export const DOC_NT_ACCOUNTS = 'Exchange Server 5.5 documentation, Migration (xmg06010, xmg06011)';
