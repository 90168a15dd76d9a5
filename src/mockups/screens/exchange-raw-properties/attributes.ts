/** The attributes the Raw Properties dialog draws for a mailbox, in alphabetical order (their names: labels.ts). */
export const RAW_ATTRIBUTES = [
  'delivery-mechanism',
  'directory-name',
  'display-name',
  'home-mdb',
  'obj-dist-name',
] as const;
export type RawAttribute = (typeof RAW_ATTRIBUTES)[number];
