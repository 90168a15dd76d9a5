import { useSyncExternalStore } from 'react';

import { isClassroom, setClassroom, subscribeClassroom } from '@/lib/classroom';

/** The classroom flag (src/lib/classroom.ts) as React state, and a way to switch it. */
export function useClassroom(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribeClassroom, isClassroom, () => false);
  return [on, setClassroom];
}
