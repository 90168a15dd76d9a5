/**
 * The labels this screen draws, exactly as the sources print them (where
 * each comes from: ./sources.ts, listed in the gallery). `// unverified`
 * marks a label no source gives; a leading `&` marks a menu access key.
 */
// User Manager for Domains, New User (§4)
export const NEW_USER_LABELS = {
  title: 'New User',
  username: 'Username',
  fullName: 'Full Name',
  description: 'Description',
  password: 'Password',
  confirmPassword: 'Confirm Password',
  mustChange: 'User Must Change Password at Next Logon',
  cannotChange: 'User Cannot Change Password',
  neverExpires: 'Password Never Expires',
  disabled: 'Account Disabled',
  add: 'Add',
  cancel: 'Cancel', // unverified
  close: 'Close', // unverified: Cancel reads Close once a user was added
  help: 'Help', // unverified
  groups: 'Groups',
  profile: 'Profile',
  hours: 'Hours',
  logonTo: 'Logon To',
  account: 'Account',
  dialin: 'Dialin',
} as const;
