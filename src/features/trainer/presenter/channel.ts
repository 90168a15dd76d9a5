/**
 * The presenter and the audience window talk over a BroadcastChannel (same
 * origin, same browser; nothing leaves the device). Messages from the other
 * side are checked before use: anything malformed is ignored.
 */
import { type TrainerMode, parseMode } from '../step-trainer';
import type { ShowPhase } from '../show-machine';

export type PresenterState = {
  readonly nodeId: string;
  readonly mode: TrainerMode;
  /** Show: the move the pointer is at and its phase. */
  readonly show?: { readonly index: number; readonly phase: ShowPhase; readonly finished: boolean };
  /** Try / Test: the move the learner is at, and whether Try spotlights it. */
  readonly practice?: { readonly index: number; readonly spotlight: boolean; readonly finished: boolean };
};

export type PresenterMessage =
  | { readonly type: 'state'; readonly state: PresenterState }
  | { readonly type: 'hello' }
  | { readonly type: 'bye' };

export function channelName(flowId: string): string {
  return `kb-wizard-present:${flowId}`;
}

const PHASES: readonly string[] = ['point', 'press', 'result'];
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10_000;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function parseMessage(data: unknown): PresenterMessage | null {
  if (!isObject(data)) return null;
  if (data.type === 'hello' || data.type === 'bye') return { type: data.type };
  if (data.type !== 'state' || !isObject(data.state)) return null;
  const s = data.state;
  if (typeof s.nodeId !== 'string' || s.nodeId.length > 200) return null;
  const state: { -readonly [K in keyof PresenterState]: PresenterState[K] } = {
    nodeId: s.nodeId,
    mode: parseMode(s.mode),
  };
  if (isObject(s.show) && isIndex(s.show.index) && typeof s.show.phase === 'string' && PHASES.includes(s.show.phase)) {
    state.show = { index: s.show.index, phase: s.show.phase as ShowPhase, finished: s.show.finished === true };
  }
  if (isObject(s.practice) && isIndex(s.practice.index)) {
    state.practice = {
      index: s.practice.index,
      spotlight: s.practice.spotlight === true,
      finished: s.practice.finished === true,
    };
  }
  return { type: 'state', state };
}

/** Opens the flow's channel, or returns null where BroadcastChannel is missing. */
export function openChannel(
  flowId: string,
  onMessage: (m: PresenterMessage) => void,
): { post: (m: PresenterMessage) => void; close: () => void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const ch = new BroadcastChannel(channelName(flowId));
  ch.onmessage = (e: MessageEvent) => {
    const m = parseMessage(e.data);
    if (m) onMessage(m);
  };
  return {
    post: (m) => {
      try {
        ch.postMessage(m);
      } catch {
        /* the channel closed: nothing to tell */
      }
    },
    close: () => ch.close(),
  };
}
