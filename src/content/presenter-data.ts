/**
 * The presenter data files (presenter/<flow-id>.ts), loaded on demand: only
 * presenter mode and its audience window ask for them, so the wizard never
 * downloads speaker notes. A flow without a file presents a route chosen from
 * the flow itself (see the deck builder) and notes drawn from its content.
 */
import type { PresenterData } from './presenter-schema';

const modules = import.meta.glob<PresenterData>('./presenter/*.ts', { import: 'default' });

export async function loadPresenterData(flowId: string): Promise<PresenterData | undefined> {
  const load = modules[`./presenter/${flowId}.ts`];
  if (!load) return undefined;
  const data = await load();
  // The content tests validate every file; this only guards against a file filed under the wrong name.
  return data.flowId === flowId ? data : undefined;
}
