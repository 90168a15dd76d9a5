/**
 * The presenter and the audience window talk over a BroadcastChannel (same
 * origin, same browser; nothing leaves the device). Messages from the other
 * side are checked before use: anything malformed is ignored or dropped.
 */
import { type TrainerMode, parseMode } from '../trainer-mode';
import type { PresenterCommand } from './shortcuts';
import type { ShowPhase } from '../show-machine';

export type PresenterState = {
  /** The slide's key (a node id, or a tip slide's key). */
  readonly slide: string;
  /** The deck's way in and its route (the choice on each node), from which the audience builds the same deck. */
  readonly entry: string;
  readonly route: Readonly<Record<string, string>>;
  /**
   * The questions whose answer on the route was given (chosen in class, or the case's own): the audience marks
   * those answers only, not the one the deck follows until the class has answered.
   */
  readonly given?: readonly string[];
  readonly mode: TrainerMode;
  /** Show: the move the pointer is at and its phase. */
  readonly show?: { readonly index: number; readonly phase: ShowPhase; readonly finished: boolean };
  /**
   * Try / Test: the move the learner is at, and whether Try spotlights it; in Try, the hint level reached on it (1 its
   * words, 2 spotlit, 3 Show me offered) and whether the last action on it was wrong, for the room to follow.
   */
  readonly practice?: {
    readonly index: number;
    readonly spotlight: boolean;
    readonly finished: boolean;
    readonly hint?: number;
    readonly wrong?: boolean;
    /** The screen as the learner's last action left it; the audience checks it against the screen's own rules. */
    readonly screen?: Readonly<Record<string, unknown>>;
  };
  /** On a fix step: the action the presenter is on (in guide mode, the one on the audience's screen). */
  readonly action?: number;
  /** How far down the presenter has scrolled the slide (0 to 1), for slides taller than a screen. */
  readonly scroll?: number;
  /** The audience screen is blanked. */
  readonly blank?: boolean;
  /** The audience's screen picture is zoomed in on the control it shows (audience-fit.tsx). */
  readonly zoom?: boolean;
};

export type PresenterMessage =
  | { readonly type: 'state'; readonly state: PresenterState }
  /** The audience window asks for the presenter's state (when it opens). */
  | { readonly type: 'hello' }
  | { readonly type: 'bye' }
  /** A key pressed in the audience window (a clicker aimed at the projector), for the presenter to carry out. */
  | { readonly type: 'command'; readonly command: PresenterCommand };

const COMMANDS: readonly PresenterCommand[] = [
  'next',
  'previous',
  'forward',
  'back',
  'play-pause',
  'first',
  'last',
  'guide',
  'show',
  'try',
  'test',
  'blank',
  'zoom',
];

export function channelName(flowId: string): string {
  return `kb-wizard-present:${flowId}`;
}

const PHASES: readonly string[] = ['point', 'press', 'result'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10_000;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 120 && ID.test(v);
/** A screen's state, small enough to be one (what it may hold, the audience checks with the screen's own rules). */
const isScreenState = (v: unknown): v is Record<string, unknown> => {
  if (!isObject(v)) return false;
  try {
    return JSON.stringify(v).length <= 4000;
  } catch {
    return false;
  }
};

function parseRoute(v: unknown): Record<string, string> | null {
  if (!isObject(v)) return null;
  const entries = Object.entries(v);
  if (entries.length > 500) return null;
  const route: Record<string, string> = {};
  for (const [k, c] of entries) {
    if (!isId(k) || !isId(c)) return null;
    route[k] = c;
  }
  return route;
}

export function parseMessage(data: unknown): PresenterMessage | null {
  if (!isObject(data)) return null;
  if (data.type === 'hello' || data.type === 'bye') return { type: data.type };
  if (data.type === 'command') {
    const c = COMMANDS.find((x) => x === data.command);
    return c ? { type: 'command', command: c } : null;
  }
  if (data.type !== 'state' || !isObject(data.state)) return null;
  const s = data.state;
  if (typeof s.slide !== 'string' || s.slide.length > 200 || !isId(s.entry)) return null;
  const route = parseRoute(s.route);
  if (!route) return null;
  const state: { -readonly [K in keyof PresenterState]: PresenterState[K] } = {
    slide: s.slide,
    entry: s.entry,
    route,
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
      ...(isIndex(s.practice.hint) && s.practice.hint > 0 && s.practice.hint <= 3 ? { hint: s.practice.hint } : {}),
      ...(s.practice.wrong === true ? { wrong: true } : {}),
      ...(isScreenState(s.practice.screen) ? { screen: s.practice.screen } : {}),
    };
  }
  if (Array.isArray(s.given) && s.given.length <= 500 && s.given.every(isId)) state.given = s.given as string[];
  if (isIndex(s.action)) state.action = s.action;
  if (typeof s.scroll === 'number' && s.scroll >= 0 && s.scroll <= 1) state.scroll = s.scroll;
  if (s.blank === true) state.blank = true;
  if (s.zoom === true) state.zoom = true;
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
