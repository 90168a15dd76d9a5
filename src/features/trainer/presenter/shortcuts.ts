/**
 * Presenter keyboard shortcuts. Every one is a single key, so all of them
 * can be switched off at once (WCAG 2.1.4); the choice is kept in this
 * browser. Keys typed into a field, with a modifier, or already handled by
 * a control are never taken.
 */
import { useCallback, useSyncExternalStore } from 'react';

import { safeStorage } from '@/lib/safe-storage';

export type PresenterCommand = 'next' | 'previous' | 'guide' | 'show' | 'try' | 'test' | 'fullscreen';

export const SHORTCUTS: readonly { keys: readonly string[]; label: string; command: PresenterCommand }[] = [
  { keys: ['→', 'Page Down', 'N'], label: 'Next slide', command: 'next' },
  { keys: ['←', 'Page Up', 'P'], label: 'Previous slide', command: 'previous' },
  { keys: ['S'], label: 'Show me', command: 'show' },
  { keys: ['T'], label: 'Let me try', command: 'try' },
  { keys: ['E'], label: 'Test me', command: 'test' },
  { keys: ['G'], label: 'Guide', command: 'guide' },
  { keys: ['F'], label: 'Full screen on or off', command: 'fullscreen' },
];

const KEY_COMMANDS: Readonly<Record<string, PresenterCommand>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  n: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  p: 'previous',
  s: 'show',
  t: 'try',
  e: 'test',
  g: 'guide',
  f: 'fullscreen',
};

/** The command a key press asks for, or null when it is not a shortcut here. */
export function commandFor(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'defaultPrevented' | 'target'>,
): PresenterCommand | null {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return null;
  const t = e.target as HTMLElement | null;
  if (
    t?.closest?.(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="listbox"], [role="tree"], [role="menu"], [role="menubar"], [role="tablist"]',
    )
  )
    return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return Object.hasOwn(KEY_COMMANDS, key) ? KEY_COMMANDS[key]! : null;
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
