/**
 * Presenter keyboard shortcuts, including what presentation clickers send
 * (Page Down / Page Up or → / ←, and "." or B to blank the screen). The keys
 * that go forward (Page Down, →, Space) all do the same, and so do the keys
 * that go back (Page Up, ←, Shift+Space): whichever a clicker sends, it walks
 * a fix step action by action. N and P move by whole slides. Every one is a
 * single key, so all of them can be switched off at once (WCAG 2.1.4); the
 * choice is kept in this browser.
 *
 * While a learner is part-way through Let me try or Test me, a key that would
 * leave it (another slide or another mode) only warns the first time, and the
 * same key pressed again within a few seconds goes (presenter-view.tsx): a
 * stray clicker press does not throw the learner's attempt away.
 *
 * They work wherever focus is, inside a screen picture too, with three
 * exceptions: a key typed into a text field; Space or Enter on a control,
 * which presses it; and a key a control has already used (it called
 * preventDefault, as a mockup's tree does with an arrow key, or a menu with
 * Escape). So after a click on a screen picture, N, →, G and Escape still
 * reach presenter mode unless the picture used them.
 */
import { useCallback, useSyncExternalStore } from 'react';

import { safeStorage } from '@/lib/safe-storage';

export type PresenterCommand =
  | 'next'
  | 'previous'
  /** Page Down / →, Page Up / ←, Space / Shift+Space: by action inside a demonstration or a step's actions, else by slide. */
  | 'forward'
  | 'back'
  /** K: play or pause Show me. */
  | 'play-pause'
  | 'first'
  | 'last'
  | 'guide'
  | 'show'
  | 'try'
  | 'test'
  | 'fullscreen'
  | 'blank'
  /** Z: zoom the audience's screen picture in on the control it shows, or out again. */
  | 'zoom'
  | 'escape';

export const SHORTCUTS: readonly { keys: readonly string[]; label: string }[] = [
  {
    keys: ['Page Down', '→', 'Space'],
    label: 'Next: the next action of a fix step or of Show me, then the next slide',
  },
  { keys: ['Page Up', '←', 'Shift+Space'], label: 'Previous, the same way back' },
  { keys: ['N', 'P'], label: 'Next or previous slide, skipping the actions' },
  { keys: ['K'], label: 'Play or pause Show me' },
  { keys: ['Home', 'End'], label: 'First or last slide' },
  { keys: ['S', 'T', 'E', 'G'], label: 'Show me, Let me try, Test me, Guide' },
  { keys: ['B', '.'], label: 'Blank the audience screen, or bring it back' },
  {
    keys: ['Z'],
    label: 'Zoom the audience’s screen picture in on the control it shows (for a small projector), or out again',
  },
  { keys: ['F'], label: 'Full screen on or off' },
  {
    keys: ['Twice'],
    label:
      'While a learner is part-way through Let me try or Test me, a key that changes the slide or the mode only warns: press it again within a few seconds to go',
  },
  { keys: ['Esc'], label: 'Close a menu on the screen picture, then leave full screen' },
];

const KEY_COMMANDS: Readonly<Record<string, PresenterCommand>> = {
  PageDown: 'forward',
  PageUp: 'back',
  ArrowRight: 'forward',
  ArrowLeft: 'back',
  ' ': 'forward',
  k: 'play-pause',
  MediaPlayPause: 'play-pause',
  Home: 'first',
  End: 'last',
  n: 'next',
  p: 'previous',
  s: 'show',
  t: 'try',
  e: 'test',
  g: 'guide',
  f: 'fullscreen',
  b: 'blank',
  '.': 'blank',
  z: 'zoom',
  Escape: 'escape',
};

/** Where keys type text. A read-only text box (the Notepad picture's file) types nothing: the presenter's keys work there. */
const TEXT_ENTRY =
  'textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"]:not([aria-readonly="true"]), [role="combobox"] input';
const PRESSABLE =
  'button, a[href], summary, [role="button"], [role="link"], [role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"], [role="option"], [role="treeitem"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], [role="gridcell"], [role="row"]';

/** The command a key press asks for, or null when it is not the presenter's. */
export function commandFor(
  e: Pick<
    KeyboardEvent,
    'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'defaultPrevented' | 'target' | 'isComposing'
  >,
): PresenterCommand | null {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (!Object.hasOwn(KEY_COMMANDS, key)) return null;
  const t = e.target instanceof Element ? e.target : null;
  if (t) {
    if (t instanceof HTMLInputElement) {
      // A check box only uses Space; every other input takes the keys typed into it.
      if (t.type !== 'checkbox' || key === ' ') return null;
    } else if (t.closest(TEXT_ENTRY)) return null;
    if (key === ' ' && t.closest(PRESSABLE)) return null;
  }
  if (key === ' ' && e.shiftKey) return 'back';
  return KEY_COMMANDS[key]!;
}

const STORAGE_KEY = 'kb-wizard-presenter-shortcuts';
const listeners = new Set<() => void>();

function subscribe(l: () => void): () => void {
  listeners.add(l);
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY) l();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(l);
    window.removeEventListener('storage', onStorage);
  };
}

/** Whether single-key shortcuts are on (the default), and a way to switch them. */
export function useShortcutsEnabled(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(
    subscribe,
    () => safeStorage.get(STORAGE_KEY) !== 'off',
    () => true,
  );
  const set = useCallback((value: boolean) => {
    safeStorage.set(STORAGE_KEY, value ? 'on' : 'off');
    listeners.forEach((l) => l());
  }, []);
  return [on, set];
}
