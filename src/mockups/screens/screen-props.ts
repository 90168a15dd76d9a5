import type { ScreenId } from '../catalog';
import type { ScreenState } from '../catalog-schemas';
import type { ScreenControlProps } from '../win/mockup-context';

/** Props of a screen component: its catalog state plus spotlight / interactive props. */
export type ScreenProps<Id extends ScreenId> = ScreenState<Id> & ScreenControlProps;
