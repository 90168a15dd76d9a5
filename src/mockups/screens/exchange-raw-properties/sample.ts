/** The mailbox drawn when the state names none (ours: the sample user whose alias differs from the MS Mail name). */
export const RAW_PROPERTIES_SAMPLE = { displayName: 'Carla Moreau', directoryName: 'CMoreau' } as const;
