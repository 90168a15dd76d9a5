import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';

import { SCREENS, type ScreenSpec, stateProblem, targetLabel } from './catalog';

const SCREEN_IDS = Object.keys(SCREENS);
import { SCREEN_STATE_SCHEMAS as SCHEMAS } from './catalog-schemas';
import { GALLERY } from './gallery';
import { SCREEN_DEFINITIONS } from './screen-definitions';
import { EAGER_SCREENS as EAGER } from './testing/eager-screens';

const SCREEN_STATE_SCHEMAS = SCHEMAS as Readonly<Record<string, (typeof SCHEMAS)[string] & {}>>;

describe('mockup catalog', () => {
  it('every screen folder has its screen, spec, gallery states, label sources and measured size', () => {
    expect(SCREEN_IDS.length).toBeGreaterThan(0);
    expect(Object.keys(EAGER).sort()).toEqual([...SCREEN_IDS].sort());
    expect(Object.keys(SCREEN_DEFINITIONS).sort()).toEqual([...SCREEN_IDS].sort());
    expect(GALLERY.map((s) => s.screen).sort()).toEqual([...SCREEN_IDS].sort());
    for (const section of GALLERY) {
      expect(section.states.length, section.screen).toBeGreaterThan(0);
      expect(section.labels.length, section.screen).toBeGreaterThan(0);
      const { width, height } = SCREENS[section.screen]!.size;
      expect(width > 0 && height > 0, `${section.screen} has a measured size (size.json)`).toBe(true);
    }
  });

  it('the catalogue the pages read says what the specs say', () => {
    for (const [id, definition] of Object.entries(SCREEN_DEFINITIONS)) {
      expect(SCREENS[id]!.title).toBe(definition.title);
      expect(SCREENS[id]!.targets).toEqual(definition.targets);
    }
  });

  it('every gallery state is valid for its screen, and names a known target', () => {
    for (const section of GALLERY) {
      for (const { mockup } of section.states) {
        expect(
          SCREEN_STATE_SCHEMAS[section.screen]!.safeParse(mockup.state ?? {}).success,
          `${section.screen}: ${JSON.stringify(mockup.state)}`,
        ).toBe(true);
        if (mockup.target) expect(targetLabel(section.screen, mockup.target)).toBeDefined();
      }
    }
  });

  describe.each(SCREEN_IDS)('%s', (id) => {
    const section = () => GALLERY.find((s) => s.screen === id)!;
    /** The targets each gallery state draws (each state rendered once, shared by the two tests below). */
    let drawn: Array<Set<string>> | undefined;
    const targetsByState = () =>
      (drawn ??= section().states.map(({ mockup }) => {
        const { container, unmount } = render(createElement(EAGER[id]!, mockup.state));
        const seen = new Set(
          [...container.querySelectorAll('[data-target]')].map((el) => el.getAttribute('data-target')!),
        );
        unmount();
        return seen;
      }));

    it('puts data-target on exactly the catalog targets (over the gallery states)', () => {
      const seen = new Set(targetsByState().flatMap((s) => [...s]));
      expect([...seen].sort()).toEqual(Object.keys(SCREENS[id]!.targets).sort());
    });

    it('spotlights each of its targets when asked', () => {
      const states = targetsByState();
      for (const target of Object.keys(SCREENS[id]!.targets)) {
        // The first gallery state that draws this control, drawn with it spotlit.
        const at = states.findIndex((s) => s.has(target));
        expect(at, `${id} › ${target} is drawn in a gallery state`).toBeGreaterThanOrEqual(0);
        const { container, unmount } = render(
          createElement(EAGER[id]!, { ...section().states[at]!.mockup.state, target }),
        );
        const lit = container.querySelectorAll(`[data-highlighted][data-target="${target}"]`).length;
        unmount();
        expect(lit, `${id} › ${target}`).toBe(1);
      }
    });
  });

  describe('state rules', () => {
    const props = SCREEN_STATE_SCHEMAS['exchange-properties']!;

    it('rejects a role the object does not offer (View Only Admin on Organization)', () => {
      const r = props.safeParse({ object: 'organization', accounts: [{ account: 'A\\b', role: 'View Only Admin' }] });
      expect(r.success).toBe(false);
    });

    it('accepts View Only Admin on the Site', () => {
      const r = props.safeParse({ object: 'site', accounts: [{ account: 'A\\b', role: 'View Only Admin' }] });
      expect(r.success).toBe(true);
    });

    it('rejects a selected account that is not listed', () => {
      expect(props.safeParse({ object: 'site', accounts: [], selectedAccount: 'A\\b' }).success).toBe(false);
    });

    it('rejects a user name selected in Add Users and Groups before Show Users', () => {
      const s = SCREEN_STATE_SCHEMAS['add-users-groups']!;
      expect(s.safeParse({ selectedName: 'MigAdmin' }).success).toBe(false);
      expect(s.safeParse({ selectedName: 'MigAdmin', showUsers: true }).success).toBe(true);
    });

    it('rejects an NT user name that is too long or has a forbidden character', () => {
      const s = SCREEN_STATE_SCHEMAS['user-manager-new-user']!;
      expect(s.safeParse({ username: 'x'.repeat(21) }).success).toBe(false);
      expect(s.safeParse({ username: 'mig:admin' }).success).toBe(false);
      expect(s.safeParse({ username: 'MigAdmin' }).success).toBe(true);
    });

    it('rejects a password longer than NT 4 allows', () => {
      expect(SCREEN_STATE_SCHEMAS['user-manager-new-user']!.safeParse({ passwordLength: 15 }).success).toBe(false);
    });
  });

  describe('render-time state check (no validator loaded)', () => {
    // The checks are read off each spec's schema at build time (scripts/build/screen-catalog.ts): here they are held to it.
    it.each(SCREEN_IDS)(
      '%s: every checked field value it allows, the schema allows too, and the other way round',
      (id) => {
        const spec: ScreenSpec = SCREENS[id]!;
        const schema = SCREEN_STATE_SCHEMAS[id]!;
        // A state the screen is drawn in (its first gallery state) holds every required field; each check changes one field.
        const first = GALLERY.find((s) => s.screen === id)!.states[0]!.mockup.state ?? {};
        const base = Object.fromEntries((spec.required ?? []).map((f) => [f, first[f]]));
        expect(stateProblem(id, base)).toBeUndefined();
        for (const [field, allowed] of Object.entries(spec.choices ?? {})) {
          for (const value of allowed) {
            expect(schema.safeParse({ ...base, [field]: value }).success, `${field}=${value}`).toBe(true);
            expect(stateProblem(id, { ...base, [field]: value })).toBeUndefined();
          }
          for (const bad of ['no-such-value', 3, null]) {
            expect(schema.safeParse({ ...base, [field]: bad }).success, `${field}=${String(bad)}`).toBe(false);
            expect(stateProblem(id, { ...base, [field]: bad })?.path).toBe(field);
          }
        }
        for (const field of spec.required ?? []) {
          const { [field]: _, ...without } = base;
          expect(schema.safeParse(without).success, `${field} is required`).toBe(false);
          expect(stateProblem(id, without)?.path).toBe(field);
        }
      },
    );

    it('refuses a state that is not an object', () => {
      expect(stateProblem('event-viewer', [])).toBeDefined();
      expect(stateProblem('event-viewer', 'log')).toBeDefined();
    });
  });
});
