/**
 * What every control of a screen needs to know: which control is spotlit,
 * and whether the screen is an illustration (the default) or operable
 * ("Try it" mode, later). A screen provides it once; each control reads it
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
   * id, or with null for a control no step can point at.
   */
  readonly onAction?: (targetId: string | null) => void;
};

export const MockupContext = createContext<MockupControlContext>({ interactive: false });

/**
 * Activation of the nearest targeted container (a list box, list view or
 * check list): its items without a target of their own report the
 * container's target, so "click in the Names list" is one action.
 */
export const ContainerActivation = createContext<(() => void) | undefined>(undefined);

/** Props a screen component accepts besides its catalog state. */
export type ScreenControlProps = {
  /** Spotlight this control (a key of the screen's catalog `targets`). */
  target?: string;
  /** Make the controls operable (for a later "Try it" mode). Default false. */
  interactive?: boolean;
  /** Reports activation of a control by its target id, or null for an untargeted control (interactive only). */
  onAction?: (targetId: string | null) => void;
};

/** Props shared by every control of the kit. */
export type ControlProps = {
  /** Makes the control addressable by content: rendered as data-target. */
  targetId?: string;
  /** Called when the control is activated in interactive mode. */
  onActivate?: () => void;
};

type ControlAttrs = {
  'data-target'?: string;
  'data-highlighted'?: '';
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
  /** Activation handler, only in interactive mode. */
  readonly activate: (() => void) | undefined;
};

export function useControl({ targetId, onActivate }: ControlProps): ControlBinding {
  const ctx = useContext(MockupContext);
  const container = useContext(ContainerActivation);
  const highlighted = targetId !== undefined && ctx.target === targetId;
  const activate = ctx.interactive
    ? () => {
        onActivate?.();
        if (targetId !== undefined) ctx.onAction?.(targetId);
        else if (container) container();
        else ctx.onAction?.(null);
      }
    : undefined;
  return {
    attrs: {
      ...(targetId !== undefined ? { 'data-target': targetId } : {}),
      ...(highlighted ? { 'data-highlighted': '' as const } : {}),
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
