/**
 * Reading pasted Event Viewer text: the parser, the flow's evidence rules and
 * the view of what was read (evidence-result.tsx). Loaded only when the user
 * presses "Read event" (evidence-paste.tsx), so none of it costs anything to
 * the many walks that never paste anything.
 */
import type { Flow } from '@/content/schema';
import { parseEvents } from '@/engine/event-parse';
import { readEvidence } from '@/engine/evidence-rules';

import type { PasteReading } from './evidence-result';

export function readPaste(flow: Flow, text: string): PasteReading {
  if (text.trim() === '') return { kind: 'empty' };
  const parsed = parseEvents(text);
  const evidence = readEvidence(flow, parsed);
  return parsed.events.length === 0 && evidence.hits.length === 0
    ? { kind: 'unreadable', text }
    : { kind: 'read', events: parsed.events, evidence, truncated: parsed.truncated, text };
}

export { PasteResult } from './evidence-result';
