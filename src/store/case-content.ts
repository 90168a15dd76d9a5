import type { StoredSession } from '@/features/wizard/store/persisted';

/** True when losing the session would lose something: an answer, a tick or a note. */
export function sessionHasContent(s: StoredSession | undefined): s is StoredSession {
  return (
    !!s &&
    (Object.keys(s.answers).length > 0 || Object.keys(s.checks).length > 0 || Object.keys(s.notes).length > 0 || !!s.sessionNote)
  );
}

/**
 * True when a case holds anything the user did (an answer, a tick, a note or
 * a name): the cases the start page lists. A case opened and left untouched
 * holds nothing worth listing.
 */
export function caseHasContent(c: (StoredSession & { name?: string }) | undefined): boolean {
  if (!c) return false;
  return !!c.name || sessionHasContent(c);
}
