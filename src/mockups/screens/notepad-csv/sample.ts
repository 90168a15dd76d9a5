/** Sample values of the user list file that no source gives (ours). */
export const NOTEPAD_CSV_SAMPLE = {
  fileName: 'users.csv',
  /** The MS Mail network and postoffice names in the migrate: addresses. */
  network: 'ACMENET',
  postoffice: 'HEADPO',
} as const;
