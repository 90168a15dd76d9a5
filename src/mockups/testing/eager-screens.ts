/**
 * Every screen component, imported eagerly (the registry's are lazy), so tests
 * can render any screen synchronously. Found by their folders, as the registry
 * finds them.
 */
import type { AnyScreenComponent } from '../screen-component';
import { screenIdOf } from '../screen-spec';

const modules = import.meta.glob<AnyScreenComponent>('../screens/*/screen.tsx', { eager: true, import: 'Screen' });

export const EAGER_SCREENS: Readonly<Record<string, AnyScreenComponent>> = Object.fromEntries(
  Object.entries(modules).map(([path, screen]) => [screenIdOf(path), screen]),
);
