/** Sample values of the user list file that no source gives (ours). */
export const NOTEPAD_CSV_SAMPLE = {
  fileName: 'users.csv',
  /** The MS Mail network and postoffice names in the migrate: addresses. */
  network: 'ACMENET',
  postoffice: 'HEADPO',
  /** The line the steps work on, when the state does not name one. */
  user: 'CARLAM',
} as const;
