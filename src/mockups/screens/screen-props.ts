import type { ScreenDefinition, StateOf } from '../screen-spec';
import type { ScreenControlProps } from '../win/mockup-context';

/** Props of a screen component: the state its spec declares, plus the spotlight and practice props. */
export type ScreenProps<D extends ScreenDefinition> = StateOf<D> & ScreenControlProps;
