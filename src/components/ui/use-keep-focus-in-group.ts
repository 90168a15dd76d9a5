/**
 * A button that disables itself when pressed (Previous at the first action, Next at the last slide, Smaller at the
 * smallest size) would drop the keyboard focus to the page (WCAG 2.4.3), where the next Tab starts again from the
 * top. After each render of the group's component, focus lost that way goes to the nearest enabled button of the
 * group, the one after it first (Previous → Next, Next → Previous or Replay).
 *
 * Only that case: focus the reader took elsewhere (a click on the page, Tab out of the group) is never pulled back.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

export function useKeepFocusInGroup(ref: RefObject<HTMLElement | null>): void {
  /** The group's button that had the focus last, while it still has it or lost it by being disabled. */
  const had = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    const group = ref.current;
    if (!group) return;
    const onIn = (e: FocusEvent) => {
      had.current = e.target instanceof HTMLButtonElement ? e.target : null;
    };
    const onOut = (e: FocusEvent) => {
      // Left by the reader, not taken by `disabled`.
      if (!(e.target instanceof HTMLButtonElement && e.target.disabled)) had.current = null;
    };
    group.addEventListener('focusin', onIn);
    group.addEventListener('focusout', onOut);
    return () => {
      group.removeEventListener('focusin', onIn);
      group.removeEventListener('focusout', onOut);
    };
  }, [ref]);
  useLayoutEffect(() => {
    const group = ref.current;
    const last = had.current;
    if (!group || !last?.disabled) return;
    const active = document.activeElement;
    if (active && active !== last && active !== document.body) return;
    const buttons = [...group.querySelectorAll('button')];
    const at = buttons.indexOf(last);
    const next = [...buttons.slice(at + 1), ...buttons.slice(0, Math.max(0, at)).reverse()].find((b) => !b.disabled);
    had.current = null;
    next?.focus();
  });
}
