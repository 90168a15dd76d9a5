/** Save one case's hand-over file. Loaded on demand (the storage banner's button), with the guide it needs. */
import { getFlow } from '@/content';
import { ownName } from '@/features/wizard/case-name';
import type { StoredCase } from '@/store';

import { downloadText } from '@/lib/download';
import { exportFileName, sessionFileJson } from './session-file';

export function downloadCase(stored: StoredCase): boolean {
  const flow = getFlow(stored.flowId);
  if (!flow) return false;
  const now = Date.now();
  const name = ownName(stored);
  downloadText(exportFileName(flow, now, 'json', name), sessionFileJson(flow, stored, now), 'application/json');
  return true;
}
