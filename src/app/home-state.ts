/**
 * What the start page shows depends on stored state only through these two
 * checks. main.tsx uses `startPageIsPristine()` to decide whether the
 * prerendered start page (built without any stored state) can be hydrated as
 * it is, or must be rendered afresh.
 */
import { CATALOG } from '@/content/catalog';
import type { StoredSession } from '@/wizard/store/persisted';
import { getWizardState } from '@/wizard/store/store-core';

export function sessionInProgress(session: StoredSession | undefined): session is StoredSession {
  return !!session && (Object.keys(session.answers).length > 0 || Object.keys(session.checks).length > 0);
}

/** True when the start page, rendered now, equals the prerendered one (no notice, nothing in progress). */
export function startPageIsPristine(): boolean {
  const { sessions, notice } = getWizardState();
  return !notice && CATALOG.every((flow) => !sessionInProgress(sessions[flow.id]));
}

/** "25 Nov 2026, 14:05"-style local time, or undefined for a timestamp no clock can show. */
export function formatWhen(timestamp: number): string | undefined {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? undefined : date.toLocaleString();
}
