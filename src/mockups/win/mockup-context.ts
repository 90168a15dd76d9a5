/**
 * What every control of a screen needs to know: which control is spotlit,
 * and whether the screen is an illustration (the default) or operable
 * (the trainer's Let me try and Test me). A screen provides it once; each control reads it
 * through useControl, so making a screen operable needs no change to it.
 */
import { type KeyboardEvent, createContext, useContext } from 'react';

export type MockupControlContext = {
  /** Target id of the spotlit control, if any. */
  readonly target?: string;
  /** True when the controls are real, focusable and report activation. */
  readonly interactive: boolean;
  /**
   * Called when a control is activated (interactive only): with its target
   * id, or with null for a control no step can point at, and the item's key
   * when it has one (which tree node, list item or tab: practice uses it to
   * move the selection as the program would).
   */
  readonly onAction?: (targetId: string | null, itemKey?: string) => void;
};

export const MockupContext = createContext<MockupControlContext>({ interactive: false });

/**
 * Activation of the nearest targeted container (a list box, list view or
 * check list): its items without a target of their own report the
 * container's target, so "click in the Names list" is one action.
 */
export const ContainerActivation = createContext<((itemKey?: string) => void) | undefined>(undefined);

/** Props a screen component accepts besides its catalog state. */
export type ScreenControlProps = {
  /** Spotlight this control (a key of the screen's catalog `targets`). */
  target?: string;
  /** Make the controls operable (the trainer's practice). Default false. */
  interactive?: boolean;
  /** Reports activation of a control by its target id, or null for an untargeted control (interactive only). */
  onAction?: (targetId: string | null, itemKey?: string) => void;
};

/** Props shared by every control of the kit. */
export type ControlProps = {
  /** Makes the control addressable by content: rendered as data-target. */
  targetId?: string;
  /** Called when the control is activated in interactive mode. */
  onActivate?: () => void;
  /** Which item this is, e.g. "node:site" (rendered as data-key; reported with its activation). */
  itemKey?: string;
};

type ControlAttrs = {
  'data-target'?: string;
  'data-highlighted'?: '';
  'data-key'?: string;
};

export type ControlBinding = {
  /** Attributes for the control's outermost element (data-target, data-highlighted). */
  readonly attrs: ControlAttrs;
  readonly interactive: boolean;
  readonly highlighted: boolean;
  /** For native controls (button, input): out of the tab order unless interactive. */
  readonly nativeProps: { tabIndex?: number; onClick?: () => void };
  /**
   * For non-native parts that act as controls (tree labels, list rows, options):
   * focusable and operable by Enter / Space only when interactive.
   */
  readonly widgetProps: {
    tabIndex?: number;
    onClick?: () => void;
    onKeyDown?: (e: KeyboardEvent) => void;
  };
  /** Activation handler (with the key of the item activated inside a container), only in interactive mode. */
  readonly activate: ((key?: unknown) => void) | undefined;
};

export function useControl({ targetId, onActivate, itemKey }: ControlProps): ControlBinding {
  const ctx = useContext(MockupContext);
  const container = useContext(ContainerActivation);
  const highlighted = targetId !== undefined && ctx.target === targetId;
  const activate = ctx.interactive
    ? (arg?: unknown) => {
        // An item's key, or (from onChange / onClick) an event: then this control's own key.
        const key = typeof arg === 'string' ? arg : itemKey;
        onActivate?.();
        if (targetId === undefined && container) return container(key);
        const t = targetId ?? null;
        if (key) ctx.onAction?.(t, key);
        else ctx.onAction?.(t);
      }
    : undefined;
  return {
    attrs: {
      ...(targetId !== undefined ? { 'data-target': targetId } : {}),
      ...(highlighted ? { 'data-highlighted': '' as const } : {}),
      ...(itemKey ? { 'data-key': itemKey } : {}),
    },
    interactive: ctx.interactive,
    highlighted,
    nativeProps: activate ? { onClick: activate } : { tabIndex: -1 },
    widgetProps: activate
      ? {
          tabIndex: 0,
          onClick: activate,
          onKeyDown: (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              activate();
            }
          },
        }
      : {},
    activate,
  };
}
