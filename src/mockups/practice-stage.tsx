/**
 * A mockup screen for trainer mode: the same stage and screens as the figure,
 * but either operable (Try / Test: real, focusable controls that report each
 * action) or an illustration a pointer moves over (Show). The pointer is
 * decorative: captions outside say in words what it does.
 *
 * Operable, it behaves as Windows does:
 * - the picture follows the learner (practice-reactions.ts): a node clicked
 *   is selected, a menu opens, a tab shows its page, until the practice
 *   moves on (`moveKey`), when the next move's state takes over;
 * - the keyboard (practice-keys.ts): one tab stop per control group, arrow
 *   keys between its items (moving onto a tree node, tab or list item
 *   selects it), Alt+letter opens a menu, F10 goes to the menu bar, the
 *   program's shortcuts (Alt+Enter for Properties), Escape closes an open
 *   menu or list first, Enter in a dialog presses its default button;
 * - a double-click is one action (its second click is not another one);
 * - text typed in a box is drawn, and reaches `onAction` whole (`type`, with
 *   the box's new text in the state); what the learner typed stays in the
 *   boxes of the same screen in the moves that follow (the dialog is still
 *   theirs), until the practice starts again;
 * - focus stays where the action happened; when that control is gone (a
 *   dialog opened or closed, a menu closed), it goes where Windows puts it:
 *   into the open menu or list, back to the control that opened this dialog,
 *   else to the dialog's first control. Never to the page's body.
 *
 * Each action reaches `onAction` with how it was done: `activate` (click,
 * Enter, Space, a shortcut), `navigate` (selected with the arrow keys),
 * `double-click` or `type`, and the screen's state after it.
 *
 * A control spotlit as a hint that is not drawn (the learner closed the list
 * it is in, or chose another tab) brings the move's own state back, so that
 * the hint always shows what it names.
 *
 * Reduced motion: the pointer jumps instead of gliding, and the click is a
 * still ring instead of a ripple.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

import { cn } from '@/lib/cn';

import { type ScreenId, SCREENS, isScreenId, targetLabel } from './catalog';
import type { FitRule } from './fit-screen';
import { MockupStage } from './mockup-stage';
import {
  arrowTarget,
  firstTabStop,
  focusableIn,
  itemGroup,
  normaliseTabStops,
  selectorFor,
  treeKey,
} from './practice-keys';
import { ACCELERATORS, type PracticeGesture, type ReactionEvent, type ScreenState, react } from './practice-reactions';
import { ScreenSlot } from './screen-slot';
import { SpotlightCallout } from './spotlight-callout';

export type { PracticeGesture } from './practice-reactions';

export type PracticePointer = {
  /** The control the pointer goes to. */
  target: string;
  /** Drawn clicking (a ring at its tip). */
  pressed: boolean;
  /** Glide there (otherwise jump). */
  animate: boolean;
  /** Length of the glide, in ms. */
  durationMs?: number;
  /** Stay where it is, even if the screen changes under it (after a click). */
  hold?: boolean;
};

type PracticeStageProps = {
  screen: string;
  state: Readonly<Record<string, unknown>>;
  /** Id of the element that names the picture. */
  labelledBy: string;
  /** Operable controls (Try / Test). */
  interactive?: boolean;
  /** Each action: the control's target id (null for one no move names), how it was done, and the state after it. */
  onAction?: (targetId: string | null, gesture: PracticeGesture, state: ScreenState) => void;
  /** Changes when the practice moves on: what the learner changed on the screen is then forgotten. */
  moveKey?: string | number;
  /** Ring and callout on this control (a hint, or Show's current control). */
  spotlight?: string;
  pointer?: PracticePointer;
  /** How the screen is scaled to its space (fit-screen.tsx). Default: up to 1.5×, never cut. */
  fit?: FitRule;
  className?: string;
};

function findTarget(stage: HTMLElement, target: string): HTMLElement | undefined {
  return Array.from(stage.querySelectorAll<HTMLElement>('[data-target]')).find((el) => el.dataset.target === target);
}

/** Where the pointer's tip sits: the middle of the control, in stage coordinates. */
function usePointerPosition(
  stageRef: React.RefObject<HTMLDivElement | null>,
  target: string | undefined,
  key: string,
  hold: boolean,
): { x: number; y: number } | null {
  const [pos, setPos] = useState<{ x: number; y: number } | null>(null);
  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (!stage || !target || hold) return;
    const measure = () => {
      const el = findTarget(stage, target);
      if (!el) return;
      const s = stage.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      // In the stage's own px, however it is scaled from outside (the audience window's zoom).
      const k = stage.offsetWidth / s.width || 1;
      // Aim a little left of centre on wide controls (lists), like a real click on an item.
      const x = Math.round((r.left - s.left + Math.min(r.width / 2, 40 / k)) * k);
      const y = Math.round((r.top - s.top + Math.min(r.height / 2, 12 / k)) * k);
      setPos((prev) => (prev && prev.x === x && prev.y === y ? prev : { x, y }));
    };
    measure();
    // The screen loads lazily and may lay out after this effect: measure again when it changes.
    const mo = new MutationObserver(measure);
    mo.observe(stage, { childList: true, subtree: true });
    const ro = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    ro?.observe(stage);
    return () => {
      mo.disconnect();
      ro?.disconnect();
    };
  }, [stageRef, target, key, hold]);
  return pos;
}

function Pointer({ pos, pointer }: { pos: { x: number; y: number }; pointer: PracticePointer }) {
  return (
    <span
      aria-hidden="true"
      data-slot="practice-pointer"
      data-pressed={pointer.pressed ? '' : undefined}
      className={cn(
        'pointer-events-none absolute top-0 left-0 z-40',
        pointer.animate && 'transition-transform ease-in-out motion-reduce:transition-none',
      )}
      style={{
        transform: `translate(${pos.x}px, ${pos.y}px)`,
        transitionDuration: pointer.animate ? `${pointer.durationMs ?? 700}ms` : undefined,
      }}
    >
      {pointer.pressed && (
        <span
          className={cn(
            'absolute -top-3 -left-3 size-6 rounded-full border-[3px] border-spot forced-colors:border-[CanvasText]',
            pointer.animate && 'motion-safe:animate-ping',
          )}
        />
      )}
      <svg width="20" height="26" viewBox="0 0 20 26" className="relative drop-shadow-sm" focusable="false">
        <path
          d="M1 1v20l5-5 4 9 4-2-4-8h7z"
          className="fill-white stroke-black forced-colors:fill-[Canvas] forced-colors:stroke-[CanvasText]"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}

/** The key combination of a key press, as ACCELERATORS names it ("Alt+Enter"). */
function combo(e: KeyboardEvent): string {
  return `${e.ctrlKey ? 'Ctrl+' : ''}${e.altKey ? 'Alt+' : ''}${e.shiftKey ? 'Shift+' : ''}${e.key}`;
}

/** Where Enter presses the dialog's default button instead (as in Windows): lists, trees, fields, a closed drop-down. */
const ENTER_DEFAULT =
  '[data-slot="win-list-box"] [role="option"], [data-slot="win-tree-item-label"], [data-slot="win-list-view-row"], [role="combobox"][aria-expanded="false"], input, [data-slot="win-check-list-box"] input';

/** focusNext's value for the screen itself (its holder, focusable by script). */
const SCREEN = ':screen';

/**
 * The text of a box after an edit, from its text before (`old`), what it showed then (`shown`: the same, or as
 * many asterisks for a password) and what it shows now (`now`): the part that changed is what was typed.
 */
export function editedText(old: string, shown: string, now: string): string {
  let p = 0;
  while (p < shown.length && p < now.length && shown[p] === now[p]) p++;
  let q = 0;
  while (q < shown.length - p && q < now.length - p && shown[shown.length - 1 - q] === now[now.length - 1 - q]) q++;
  return old.slice(0, p) + now.slice(p, now.length - q) + old.slice(old.length - q);
}

/** What the learner typed on a screen: by box (target), from move `move` on. */
type Typed = {
  readonly screen: string;
  readonly move: string | number | undefined;
  readonly texts: Record<string, string>;
};

/** Whether what was typed at move `from` still shows at move `now` (the same move, or a later one: not after a restart). */
function carries(from: Typed['move'], now: Typed['move']): boolean {
  return from === now || (typeof from === 'number' && typeof now === 'number' && now > from);
}

/** The open popup of a screen: a menu or a drop-down list. */
function openPopup(host: HTMLElement): HTMLElement | null {
  return host.querySelector<HTMLElement>('[role="menu"], [data-slot="win-drop-down-list"]');
}

/**
 * The operable screen's behaviour (see the module comment). Returns the
 * state to draw and the ref for the element that holds the screen.
 */
function usePractice({
  screen,
  state,
  interactive,
  onAction,
  moveKey,
}: Pick<PracticeStageProps, 'screen' | 'state' | 'interactive' | 'onAction' | 'moveKey'>) {
  const base = `${moveKey ?? ''}|${screen}|${JSON.stringify(state)}`;
  const [local, setLocal] = useState<{ base: string; state: ScreenState } | null>(null);
  const [typed, setTyped] = useState<Typed | null>(null);
  const texts = typed && typed.screen === screen && carries(typed.move, moveKey) ? typed.texts : undefined;
  // The move's state, with what the learner typed in this screen's boxes in the moves before.
  const start = texts
    ? Object.entries(texts).reduce((st, [target, text]) => react(screen, st, { kind: 'type', target, text }), state)
    : state;
  const shown = local && local.base === base ? local.state : start;
  const [host, setHost] = useState<HTMLDivElement | null>(null);

  // The latest values, for the DOM listeners below (attached once per screen element).
  const live = useRef({ screen, shown, base, onAction, moveKey, texts });
  useLayoutEffect(() => {
    live.current = { screen, shown, base, onAction, moveKey, texts };
  });
  const m = useRef({
    /** The element the event being handled started from. */
    from: null as Element | null,
    /** The event being handled is a mouse click (a possible first click of a double-click). */
    mouse: false,
    /** The last action was the pointer's (not a key's): focus then moves without scrolling the page. */
    pointer: false,
    lastClick: null as { target: string | null; key?: string; from: Element | null } | null,
    /** Focus was in the screen when the last action happened: put it back if the action removed it. */
    hadFocus: false,
    /** Where focus goes after the next drawing (the control that opened a popup just closed). */
    focusNext: undefined as string | undefined,
    /** The last focused control of each screen, to come back to when that screen is drawn again. */
    remembered: new Map<string, string>(),
    popupWasOpen: false,
  });

  const emit = (
    kind: ReactionEvent['kind'],
    target: string | null,
    key: string | undefined,
    from: Element | null,
    text?: string,
  ) => {
    const { screen: s, shown: now, base: b, onAction: report } = live.current;
    const inMenu = !!from?.closest('[role="menu"]');
    const next = react(s, now, { kind, target, key, inMenu, text });
    if (host?.contains(document.activeElement)) m.current.hadFocus = true;
    // Chosen from an open list: it closes, and focus goes back to the list's field. Chosen from a menu with the
    // keyboard: back to the control that had focus before the menu (remembered); with the mouse: to the screen
    // itself, so that keys meant for the page around it (presenter mode's →, N, Escape) reach it.
    const popup = from?.closest('[role="menu"], [data-slot="win-drop-down-list"]');
    if (popup && kind === 'activate') {
      const field = popup.closest('[data-slot="win-drop-down"]')?.querySelector('[role="combobox"]');
      m.current.focusNext = field ? selectorFor(field) : m.current.mouse ? SCREEN : undefined;
    }
    if (next !== now) {
      live.current.shown = next;
      setLocal({ base: b, state: next });
    }
    if (kind === 'activate' || kind === 'navigate' || kind === 'double-click' || kind === 'type')
      report?.(target, kind, next);
  };

  // What the kit reports (a click, Enter or Space on a control).
  const fromKit = (target: string | null, key?: string) => {
    const from = m.current.from ?? document.activeElement;
    emit('activate', target, key, from);
    m.current.lastClick = m.current.mouse ? { target, key, from } : null;
    m.current.from = null;
    m.current.mouse = false;
  };

  useEffect(() => {
    if (!host || !interactive) return;
    const targetOf = (el: Element) => el.closest<HTMLElement>('[data-target]')?.dataset.target ?? null;
    const keyOf = (el: Element) => el.closest<HTMLElement>('[data-key]')?.dataset.key;

    const onClick = (e: MouseEvent) => {
      const el = e.target as Element;
      m.current.pointer = e.detail > 0;
      if (e.detail >= 2) {
        // The second click of a double-click is part of it, not another action.
        e.stopPropagation();
        e.preventDefault();
        const first = m.current.lastClick;
        if (e.detail === 2 && first) emit('double-click', first.target, first.key, first.from);
        return;
      }
      // The +/– box of a tree node.
      const box = el.closest('[data-slot="win-tree-expander"]');
      if (box) {
        const li = box.closest('[data-slot="win-tree-item"]');
        const label = li?.querySelector('[data-slot="win-tree-item-label"]');
        // Its state is on the label in an operable screen (practice-keys.ts: treeItemsOnLabels).
        if (label)
          emit(label.getAttribute('aria-expanded') === 'true' ? 'collapse' : 'expand', null, keyOf(label), label);
        return;
      }
      // A click beside an open menu or list, on no control, closes it, as in Windows (and does nothing else).
      const popup = openPopup(host);
      const control = el.closest('button, input, textarea, [data-key], [data-target], [data-slot="win-tree-item"]');
      if (popup && !popup.contains(el) && !(control && control !== host && host.contains(control))) {
        emit('escape', null, undefined, el);
        return;
      }
      m.current.from = el;
      m.current.mouse = e.detail === 1;
    };

    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      m.current.from = el;
      m.current.mouse = false;
      m.current.pointer = false;
      const handled = () => {
        e.preventDefault();
        e.stopPropagation();
      };
      const c = combo(e);
      const accelerator = ACCELERATORS[live.current.screen]?.[c];
      if (accelerator) {
        handled();
        return emit('activate', accelerator, undefined, el);
      }
      // Alt+letter (or Alt+Shift+letter, where the browser keeps Alt+letter) opens that menu.
      if (e.altKey && !e.ctrlKey && /^Key[A-Z]$/.test(e.code)) {
        const item = host.querySelector<HTMLElement>(`[aria-keyshortcuts~="Alt+${e.code.slice(3)}"]`);
        if (item) {
          handled();
          m.current.from = item;
          item.focus();
          item.click();
        }
        return;
      }
      if (e.key === 'F10' && !e.altKey && !e.ctrlKey) {
        const first = host.querySelector<HTMLElement>('[data-slot="win-menu-bar-item"]');
        if (first) {
          handled();
          first.focus();
        }
        return;
      }
      if (e.key === 'Escape') {
        const popup = openPopup(host);
        if (!popup) return; // nothing open here: Escape is the page's
        handled();
        const opener =
          popup.closest('[data-slot="win-drop-down"]')?.querySelector('[role="combobox"]') ??
          host.querySelector('[data-slot="win-menu-bar-item"][aria-expanded="true"]');
        m.current.focusNext = opener ? selectorFor(opener) : undefined;
        m.current.hadFocus = true;
        return emit('escape', null, undefined, el);
      }
      // A closed drop-down list opens with Alt+↓ or F4 (and ↓ / ↑, here); an open one closes with Alt+↑.
      if (
        el.matches('[role="combobox"]') &&
        !e.ctrlKey &&
        (e.key === 'F4' || e.key === 'ArrowDown' || (e.key === 'ArrowUp' && !e.altKey))
      ) {
        handled();
        return el.click();
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Enter' && el.matches(ENTER_DEFAULT)) {
        const button = el
          .closest('[data-slot="win-window"]')
          ?.querySelector<HTMLElement>('[data-slot="win-push-button"][data-variant="default"]');
        if (button) {
          handled();
          m.current.from = button;
          button.focus();
          return button.click();
        }
        return;
      }
      // A menu-bar item opens its menu with ↓ (or, open already, goes into it).
      if (el.matches('[data-slot="win-menu-bar-item"][aria-haspopup]') && e.key === 'ArrowDown') {
        handled();
        if (el.getAttribute('aria-expanded') !== 'true') return el.click();
        return openPopup(host)?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
      }
      const group = itemGroup(el);
      if (!group) return;
      if (group.orientation === 'tree' && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
        const t = treeKey(el, e.key);
        handled();
        if (!t) return;
        if (t.kind === 'move') {
          t.to.focus();
          return emit('navigate', targetOf(t.to), keyOf(t.to), t.to);
        }
        return emit(t.kind, null, keyOf(el), el);
      }
      // ← and → in an open menu go to the menu before or after it on the menu bar, as in Windows: this one closes and
      // that one opens (focus on its first command), or, for a menu this picture does not draw, focus rests on its
      // name. Looking through the menus is no mistake. The keys never reach the page around the screen (presenter
      // mode's → moves on a slide, which would lose the practice).
      if (group.element.matches('[role="menu"]') && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
        handled();
        const bar = host.querySelector<HTMLElement>('[role="menubar"]');
        const opener = bar?.querySelector<HTMLElement>('[data-slot="win-menu-bar-item"][aria-expanded="true"]');
        const barGroup = opener ? itemGroup(opener) : undefined;
        const to = barGroup && opener ? arrowTarget(barGroup, opener, e.key) : undefined;
        if (!to || to === opener) return;
        m.current.hadFocus = true;
        m.current.focusNext = selectorFor(to);
        emit('escape', null, undefined, el);
        if (to.getAttribute('aria-haspopup') === 'menu') {
          // Opened now: the drawing after it puts focus on its first command, as for a menu opened by its name.
          m.current.popupWasOpen = false;
          emit('navigate', targetOf(to), keyOf(to), to);
        }
        return;
      }
      const to = arrowTarget(group, el, e.key);
      if (!to) return;
      handled();
      if (to === el) return;
      to.focus();
      if (group.selects) emit('navigate', targetOf(to), keyOf(to), to);
    };

    // Typing in a box: its new text, drawn and reported whole. The kit's own report of it (its onChange, as a
    // click, on each key and again when the box is left) is stopped.
    const isBox = (el: Element) => el.matches('input[type="text"], textarea');
    const onChange = (e: Event) => {
      if (isBox(e.target as Element)) e.stopPropagation();
    };
    const onInput = (e: Event) => {
      const el = e.target as HTMLInputElement;
      if (!isBox(el)) return;
      e.stopPropagation();
      const target = targetOf(el);
      const { screen: s, shown: was, moveKey: move, texts: before } = live.current;
      const text = editedText(
        (target !== null ? before?.[target] : undefined) ?? el.defaultValue,
        el.defaultValue,
        el.value,
      );
      m.current.pointer = false;
      emit('type', target, keyOf(el), el, text);
      // A box the screen does not keep text in shows what it showed before, as it always did.
      if (live.current.shown === was) el.value = el.defaultValue;
      else if (target !== null) setTyped({ screen: s, move, texts: { ...before, [target]: text } });
    };

    const onFocus = (e: FocusEvent) => {
      const el = e.target as Element;
      // The menu bar and the items of an open menu or list are passed through, not places to come back to.
      if (openPopup(host)?.contains(el) || el.closest('[role="menubar"]')) return;
      const sel = selectorFor(el);
      if (sel) m.current.remembered.set(live.current.screen, sel);
    };

    host.addEventListener('click', onClick, true);
    host.addEventListener('keydown', onKey, true);
    host.addEventListener('focusin', onFocus);
    host.addEventListener('input', onInput, true);
    host.addEventListener('change', onChange, true);
    return () => {
      host.removeEventListener('input', onInput, true);
      host.removeEventListener('change', onChange, true);
      host.removeEventListener('click', onClick, true);
      host.removeEventListener('keydown', onKey, true);
      host.removeEventListener('focusin', onFocus);
    };
    // emit and fromKit read everything through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, interactive]);

  // After every drawing: one tab stop per group, and focus where Windows would have it. After a click, without
  // scrolling the page: it must not move under the pointer (the second click of a double-click would miss), and the
  // control may lie under the practice's task bar; a key moves focus into view as usual.
  useLayoutEffect(() => {
    if (!host || !interactive) return;
    normaliseTabStops(host);
    const r = m.current;
    const how = { preventScroll: r.pointer };
    const popup = openPopup(host);
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (popup && !r.popupWasOpen && (r.hadFocus || host.contains(active))) {
      // A menu or list just opened: focus its current item, else its first.
      const item =
        popup.querySelector<HTMLElement>('[aria-selected="true"]') ??
        popup.querySelector<HTMLElement>('[role="menuitem"], [role="option"]');
      item?.focus(how);
      r.hadFocus = false;
    } else if (r.hadFocus && (lost || r.focusNext)) {
      const find = (sel: string | undefined) => (sel === SCREEN ? host : sel ? focusableIn(host, sel) : undefined);
      const target = find(r.focusNext) ?? find(r.remembered.get(screen)) ?? firstTabStop(host);
      // Nothing to focus yet: the new screen's code is still loading (its place is kept empty). Focus goes in once
      // it is drawn, so a dialog that arrives late still gets it, as in Windows.
      if (!target) return;
      target.focus(how);
      r.hadFocus = false;
    } else if (!lost) {
      r.hadFocus = false;
    }
    r.focusNext = undefined;
    r.popupWasOpen = !!popup;
  });

  return { shown, setHost, fromKit, reset: () => setLocal(null) };
}

export function PracticeStage({
  screen,
  state,
  labelledBy,
  interactive = false,
  onAction,
  moveKey,
  spotlight,
  pointer,
  fit = { max: 1.5 },
  className,
}: PracticeStageProps) {
  const stageRef = useRef<HTMLDivElement>(null);
  const { shown, setHost, fromKit, reset } = usePractice({ screen, state, interactive, onAction, moveKey });
  const stateKey = `${screen}|${JSON.stringify(shown)}`;
  const pos = usePointerPosition(stageRef, pointer?.target, stateKey, pointer?.hold ?? false);
  // A control spotlit as a hint is brought into view (on a narrow screen the practice screen scrolls sideways); one
  // not drawn (its list closed, another tab chosen) brings the move's own state back, where it is.
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage || !spotlight || !interactive) return;
    const el = findTarget(stage, spotlight);
    if (el) el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    else if (stage.querySelector('[data-slot="win-screen"]')) reset();
    // reset is new on every drawing, and only ever sets the same thing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spotlight, stateKey, interactive]);
  if (!isScreenId(screen)) {
    return (
      <p className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        This screen picture can’t be shown: there is no screen called “{screen}”.
      </p>
    );
  }
  const id: ScreenId = screen;
  const size = SCREENS[id]!.size;
  const label = spotlight ? targetLabel(id, spotlight) : undefined;
  return (
    <MockupStage
      {...fit}
      labelledBy={labelledBy}
      size={size}
      stageRef={stageRef}
      className={className}
      overlay={
        <>
          {spotlight && label && <SpotlightCallout stageRef={stageRef} target={spotlight} label={label} />}
          {pointer && pos && <Pointer pos={pos} pointer={pointer} />}
        </>
      }
    >
      <ScreenSlot screen={id} width={size.width} height={size.height}>
        {(Screen) => (
          <div
            ref={setHost}
            inert={!interactive}
            data-slot="practice-screen"
            // Operable: focusable by script, where focus rests after a menu closes under the mouse.
            tabIndex={interactive ? -1 : undefined}
            role={interactive ? 'group' : undefined}
            aria-labelledby={interactive ? labelledBy : undefined}
          >
            <Screen {...shown} target={spotlight} interactive={interactive} onAction={fromKit} />
          </div>
        )}
      </ScreenSlot>
    </MockupStage>
  );
}
