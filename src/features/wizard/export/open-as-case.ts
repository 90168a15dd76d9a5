/**
 * Open a chosen hand-over file as a new case, next to the others (never over
 * one), and say so. Loaded only when a file is chosen: the reader, the guides
 * it checks against and the store's actions are not on the start page.
 */
import { paths } from '@/lib/paths';
import { walk } from '@/engine/walk';
import { caseActions, actions } from '@/store';
import { sameOpenCase } from '@/features/wizard/cases/same-case';

import { openSessionFile } from './open-file';
import { droppedText } from './session-file';

/** On success, the address of the new case's current step. */
export async function openAsCase(file: File): Promise<{ ok: true; to: string } | { ok: false; message: string }> {
  const result = await openSessionFile(file);
  if (!result.ok) return result;
  // The same case open here already (its share link was opened, or this file was chosen before): that case, not a
  // copy of it listed twice. When the file holds more of its record (the log, with the pasted events and each
  // answer's time, which a share link leaves out), the open case takes it.
  const existing = sameOpenCase(result.flow, result.session);
  if (existing) {
    const { caseId, stored, fuller } = existing;
    if (fuller) caseActions.importCase(result.flow, result.session, 'import', undefined, caseId);
    actions.showNotice({ kind: 'opened', source: 'import', dropped: '', already: true, ...(fuller ? { fuller } : {}) });
    return { ok: true, to: paths.step({ flowId: result.flow.id, caseId }, walk(result.flow, stored).current.id) };
  }
  const caseId = caseActions.importCase(result.flow, result.session, 'import');
  actions.showNotice({ kind: 'opened', source: 'import', dropped: result.dropped ? droppedText(result.dropped) : '' });
  return { ok: true, to: paths.step({ flowId: result.flow.id, caseId }, walk(result.flow, result.session).current.id) };
}
