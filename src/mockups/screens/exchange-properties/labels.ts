/**
 * The labels this screen draws, exactly as the sources print them (where
 * each comes from: ./sources.ts, listed in the gallery). `// unverified`
 * marks a label no source gives; a leading `&` marks a menu access key.
 */
import { SAMPLE } from '../../sample';

// Properties dialog, Permissions tab (§1.5–1.7)
export const EXCHANGE_PROPERTIES_LABELS = {
  /** Dialog title: "<object name> Properties". */
  title: (objectName: string) => `${objectName} Properties`,
  objectNames: {
    organization: SAMPLE.organization,
    site: SAMPLE.site,
    configuration: 'Configuration',
  },
  tabs: { general: 'General', permissions: 'Permissions' },
  inherited: 'Windows NT accounts with inherited permissions', // unverified
  accounts: 'Windows NT accounts with permissions',
  add: 'Add…',
  remove: 'Remove', // unverified
  roles: 'Roles',
  rights: 'Rights',
  ok: 'OK',
  cancel: 'Cancel',
  apply: 'Apply',
  help: 'Help',
  general: {
    displayName: 'Display name', // unverified
    directoryName: 'Directory name', // unverified
  },
} as const;
