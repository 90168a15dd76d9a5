/** Read a chosen hand-over file. Loaded on demand, so the start page stays small. */
import { loadAllFlows } from '@/content/load-all-flows';

import { type ImportResult, SESSION_FILE_MAX_BYTES, readSessionFile } from './session-file';

export async function openSessionFile(file: File): Promise<ImportResult> {
  if (file.size > SESSION_FILE_MAX_BYTES) {
    return { ok: false, message: 'This file is too large to be a saved case (over 1 MB), so it was not opened.' };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'This file could not be read. Try saving it again, then choose it here.' };
  }
  return readSessionFile(text, await loadAllFlows());
}
