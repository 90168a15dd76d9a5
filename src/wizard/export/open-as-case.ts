/**
 * Open a chosen hand-over file as a new case, next to the others (never over
 * one), and say so. Loaded only when a file is chosen: the reader, the guides
 * it checks against and the store's actions are not on the start page.
 */
import type { CaseRef } from '@/app/paths';
import { caseActions } from '@/wizard/store/case-actions';
import { actions } from '@/wizard/store/wizard-store';

import { openSessionFile } from './open-file';
import { droppedText } from './session-file';

export async function openAsCase(file: File): Promise<{ ok: true; ref: CaseRef } | { ok: false; message: string }> {
  const result = await openSessionFile(file);
  if (!result.ok) return result;
  const caseId = caseActions.importCase(result.flow, result.session, 'import');
  actions.showNotice({ kind: 'opened', source: 'import', dropped: result.dropped ? droppedText(result.dropped) : '' });
  return { ok: true, ref: { flowId: result.flow.id, caseId } };
}
