import type { StoredSession } from '@/wizard/store/persisted';

/** True when replacing the session would lose something: an answer, a tick or a note. */
export function sessionHasContent(s: StoredSession | undefined): s is StoredSession {
  return (
    !!s &&
    (Object.keys(s.answers).length > 0 || Object.keys(s.checks).length > 0 || Object.keys(s.notes).length > 0 || !!s.sessionNote)
  );
}
