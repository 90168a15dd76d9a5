/** Save one case's hand-over file. Loaded on demand (the storage banner's button), with the guide it needs. */
import { loadFlow } from '@/content/load-flow';
import { ownName } from '@/wizard/case-name';
import type { StoredCase } from '@/wizard/store/persisted';

import { downloadText } from './download';
import { exportFileName, sessionFileJson } from './session-file';

export async function downloadCase(stored: StoredCase): Promise<boolean> {
  const flow = await loadFlow(stored.flowId);
  if (!flow) return false;
  const now = Date.now();
  const name = ownName(stored);
  downloadText(exportFileName(flow, now, 'json', name), sessionFileJson(flow, stored, now), 'application/json');
  return true;
}
