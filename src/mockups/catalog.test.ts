import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';

import { SCREENS, SCREEN_IDS, type ScreenSpec, stateProblem, targetLabel } from './catalog';
import { SCREEN_STATE_SCHEMAS } from './catalog-schemas';
import { GALLERY } from './gallery';
import { EAGER_SCREENS as EAGER } from './testing/eager-screens';

describe('mockup catalog', () => {
  it('the gallery shows every screen, in catalog order', () => {
    expect(GALLERY.map((s) => s.screen)).toEqual(SCREEN_IDS);
  });

  it('every gallery state is valid for its screen, and names a known target', () => {
    for (const section of GALLERY) {
      for (const { mockup } of section.states) {
        expect(SCREEN_STATE_SCHEMAS[section.screen].safeParse(mockup.state ?? {}).success, `${section.screen}: ${JSON.stringify(mockup.state)}`).toBe(true);
        if (mockup.target) expect(targetLabel(section.screen, mockup.target)).toBeDefined();
      }
    }
  });

  describe.each(SCREEN_IDS)('%s', (id) => {
    it('puts data-target on exactly the catalog targets (over the gallery states)', () => {
      const seen = new Set<string>();
      const section = GALLERY.find((s) => s.screen === id)!;
      for (const { mockup } of section.states) {
        const { container, unmount } = render(createElement(EAGER[id], mockup.state));
        container.querySelectorAll('[data-target]').forEach((el) => seen.add(el.getAttribute('data-target')!));
        unmount();
      }
      expect([...seen].sort()).toEqual(Object.keys(SCREENS[id].targets).sort());
    });

    it('spotlights each of its targets when asked', () => {
      const section = GALLERY.find((s) => s.screen === id)!;
      for (const target of Object.keys(SCREENS[id].targets)) {
        // Render the first gallery state that has this control.
        const lit = section.states.some(({ mockup }) => {
          const { container, unmount } = render(createElement(EAGER[id], { ...mockup.state, target }));
          const found = container.querySelectorAll(`[data-highlighted][data-target="${target}"]`).length === 1;
          unmount();
          return found;
        });
        expect(lit, `${id} › ${target}`).toBe(true);
      }
    });
  });

  describe('state rules', () => {
    const props = SCREEN_STATE_SCHEMAS['exchange-properties'];

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
      const s = SCREEN_STATE_SCHEMAS['add-users-groups'];
      expect(s.safeParse({ selectedName: 'MigAdmin' }).success).toBe(false);
      expect(s.safeParse({ selectedName: 'MigAdmin', showUsers: true }).success).toBe(true);
    });

    it('rejects an NT user name that is too long or has a forbidden character', () => {
      const s = SCREEN_STATE_SCHEMAS['user-manager-new-user'];
      expect(s.safeParse({ username: 'x'.repeat(21) }).success).toBe(false);
      expect(s.safeParse({ username: 'mig:admin' }).success).toBe(false);
      expect(s.safeParse({ username: 'MigAdmin' }).success).toBe(true);
    });

    it('rejects a password longer than NT 4 allows', () => {
      expect(SCREEN_STATE_SCHEMAS['user-manager-new-user'].safeParse({ passwordLength: 15 }).success).toBe(false);
    });
  });

  describe('render-time state check (no validator loaded)', () => {
    it.each(SCREEN_IDS)('%s: every checked field value it allows, the schema allows too, and the other way round', (id) => {
      const spec: ScreenSpec = SCREENS[id];
      const schema = SCREEN_STATE_SCHEMAS[id];
      /** A value for each required field, so the checks below see one field at a time. */
      const REQUIRED: Record<string, unknown> = {
        object: 'site',
        event: { id: '7044', source: 'MSExchangeMig', type: 'Error', category: 'None', description: 'An error.' },
      };
      const base = Object.fromEntries((spec.required ?? []).map((f) => [f, REQUIRED[f]]));
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
        expect(schema.safeParse({}).success).toBe(false);
        expect(stateProblem(id, {})?.path).toBe(field);
      }
    });

    it('refuses a state that is not an object', () => {
      expect(stateProblem('event-viewer', [])).toBeDefined();
      expect(stateProblem('event-viewer', 'log')).toBeDefined();
    });
  });
});
