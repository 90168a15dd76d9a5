/**
 * The registry of troubleshooting flows. Adding an article means adding a
 * file under flows/ and one line here (plus its summary in catalog.ts).
 */
import type { Flow } from './schema';
import { q255888Flow } from './flows/q255888';

export const FLOWS: readonly Flow[] = [q255888Flow];

export function getFlow(id: string | undefined): Flow | undefined {
  return FLOWS.find((f) => f.id === id);
}
