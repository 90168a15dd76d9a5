import { describe, expect, it } from 'vitest';

import {
  CUSTOM_ROLE_LABEL,
  EXCHANGE_OBJECTS,
  OBJECT_PERMISSIONS,
  RIGHTS,
  type Role,
  rightsFor,
  rightsListFor,
  roleForRights,
} from './exchange-permissions';
import { EXPECTED, NOT_OFFERED, sorted } from './testing/expected-permissions';

describe('exchange-permissions (domain-facts §1.7)', () => {
  it.each(EXCHANGE_OBJECTS)('%s offers exactly the documented roles', (object) => {
    expect(sorted(OBJECT_PERMISSIONS[object].roles)).toEqual(sorted(Object.keys(EXPECTED[object])));
  });

  it.each(EXCHANGE_OBJECTS)('%s does not offer the roles the documentation leaves out', (object) => {
    for (const role of NOT_OFFERED[object]) expect(OBJECT_PERMISSIONS[object].roles).not.toContain(role);
  });

  describe.each(EXCHANGE_OBJECTS)('rights on %s', (object) => {
    it.each(Object.entries(EXPECTED[object]))('%s grants the documented rights', (role, rights) => {
      expect(sorted(rightsFor(object, role as Role))).toEqual(sorted(rights));
    });

    it('a role the object does not offer grants nothing there', () => {
      for (const role of NOT_OFFERED[object]) expect(rightsFor(object, role as Role)).toEqual([]);
    });

    it('the Rights list shows every right some role grants, in the canonical order', () => {
      const union = new Set(Object.values(EXPECTED[object]).flat());
      expect(rightsListFor(object)).toEqual(RIGHTS.filter((r) => union.has(r)));
    });

    it('each role is recognised back from its rights', () => {
      for (const [role, rights] of Object.entries(EXPECTED[object])) {
        expect(roleForRights(object, [...rights].reverse() as never)).toBe(role);
      }
    });
  });

  it('clearing every right but Logon Rights on the Site reads View Only Admin (KB Q161495)', () => {
    expect(roleForRights('site', ['Logon Rights'])).toBe('View Only Admin');
  });

  it('no right at all reads View Only Admin on the Organization and Configuration objects (KB Q192180)', () => {
    expect(roleForRights('organization', [])).toBe('View Only Admin');
    expect(roleForRights('configuration', [])).toBe('View Only Admin');
  });

  it('a set of rights that matches no role reads as the custom label', () => {
    expect(roleForRights('organization', ['Delete'])).toBe(CUSTOM_ROLE_LABEL);
  });

  it('Service Account Admin on the Site includes Mailbox Owner (KB Q182900)', () => {
    expect(rightsFor('site', 'Service Account Admin')).toContain('Mailbox Owner');
  });
});
