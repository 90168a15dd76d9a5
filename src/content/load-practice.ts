/**
 * A flow's trainer moves, for the pages that practise its fix steps (trainer mode, presenter mode, the class).
 * A flow folder keeps them in its trainer-moves.ts, apart from the flow, so that a walk loads neither them nor
 * this file.
 */
import type { FlowPractice } from './practice';

const PRACTICE = import.meta.glob<FlowPractice>('./flows/*/trainer-moves.ts', { import: 'default' });

/** The trainer moves of the flow with this id; undefined when its folder has none (any string is safe to pass). */
export async function loadPractice(flowId: string): Promise<FlowPractice | undefined> {
  const file = `./flows/${flowId}/trainer-moves.ts`;
  return Object.hasOwn(PRACTICE, file) ? await PRACTICE[file]!() : undefined;
}
