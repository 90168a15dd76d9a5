import { describe, expect, it } from 'vitest';

import { SEVERAL, entryGoal, react } from './practice-reactions';

const NEW_USER = 'user-manager-new-user';
const FILLED = {
  username: 'MigAdmin',
  fullName: 'Migration Administrator',
  description: 'Runs the MS Mail migration',
  passwordLength: 10,
};
const type = (state: Record<string, unknown>, target: string, text: string) =>
  react(NEW_USER, state, { kind: 'type', target, text });

describe('typing in the New User dialog', () => {
  it('keeps each box’s text; the password boxes’ characters, and as many asterisks for each', () => {
    let s = type({}, 'username', 'Bob');
    s = type(s, 'full-name', 'Bob Smith');
    s = type(s, 'password', 'Secret1');
    // Confirm Password is not typed in yet: it draws none (not Password's seven).
    expect(s).toMatchObject({ username: 'Bob', fullName: 'Bob Smith', password: 'Secret1', passwordLength: 7 });
    expect(s.confirmLength).toBe(0);
    s = type(s, 'confirm-password', 'Secr');
    expect(s).toMatchObject({ confirm: 'Secr', confirmLength: 4, passwordLength: 7 });
  });

  it('leaves a box it does not know, and other screens, as they were', () => {
    const s = { username: 'Bob' };
    expect(type(s, 'add-button', 'x')).toBe(s);
    expect(react('migration-wizard', s, { kind: 'type', target: 'postoffice-path', text: 'x' })).toBe(s);
  });
});

describe('entryGoal: a move done by what the learner leaves on the screen', () => {
  const fillIn = entryGoal(NEW_USER, 'username', {}, FILLED)!;
  const all = (over: Record<string, unknown> = {}) =>
    fillIn({ username: 'Bob', fullName: 'B S', description: 'd', password: 'pw', confirm: 'pw', ...over });

  it('filling in the New User dialog: every box the picture after it fills, the password twice the same', () => {
    expect(fillIn({ username: 'Bob' })).toBe(false);
    expect(all()).toBe(true);
    expect(all({ description: '  ' })).toBe(false);
    expect(all({ confirm: 'pW' })).toBe(false);
    expect(all({ confirm: undefined })).toBe(false);
    expect(all({ password: 'x'.repeat(15), confirm: 'x'.repeat(15) })).toBe(false);
    // A username Windows NT refuses: more than 20 characters, or one of its forbidden characters.
    expect(all({ username: 'x'.repeat(21) })).toBe(false);
    expect(all({ username: 'a/b' })).toBe(false);
  });

  it('any name counts, unless the move’s words spell the one to type', () => {
    const spelt = entryGoal(NEW_USER, 'username', {}, FILLED, 'Type **MigAdmin** in **Username**, then the rest.')!;
    expect(spelt({ username: 'Bob', fullName: 'x', description: 'x', password: 'p', confirm: 'p' })).toBe(false);
    expect(spelt({ username: 'migadmin', fullName: 'x', description: 'x', password: 'p', confirm: 'p' })).toBe(true);
  });

  it('asks only for the boxes the move fills: none left, no goal (one click does it)', () => {
    const password = entryGoal(NEW_USER, 'password', { username: 'Bob', fullName: 'x', description: 'x' }, FILLED)!;
    expect(password({ password: 'p', confirm: 'p' })).toBe(true);
    expect(entryGoal(NEW_USER, 'username', FILLED, FILLED)).toBeUndefined();
    expect(entryGoal(NEW_USER, 'must-change', FILLED, { ...FILLED, mustChange: false })).toBeUndefined();
    expect(entryGoal(NEW_USER, 'username', {}, undefined)).toBeUndefined();
  });

  it('several accounts in the Migration Wizard: at least two, however many the picture after it selects', () => {
    const several = entryGoal(
      'migration-wizard',
      'accounts-list',
      { page: 'accounts' },
      { page: 'accounts', selectedAccounts: ['ANNAB', 'BRUNOK', 'CARLAM'] },
    )!;
    expect(SEVERAL).toBe(2);
    expect(several({ selectedAccounts: [] })).toBe(false);
    expect(several({ selectedAccounts: ['DAVIDW'] })).toBe(false);
    expect(several({ selectedAccounts: ['DAVIDW', 'ANNAB'] })).toBe(true);
    // One, when the picture selects one.
    const one = entryGoal('migration-wizard', 'accounts-list', {}, { selectedAccounts: ['ANNAB'] })!;
    expect(one({ selectedAccounts: ['BRUNOK'] })).toBe(true);
    expect(entryGoal('migration-wizard', 'next-button', {}, { selectedAccounts: ['ANNAB'] })).toBeUndefined();
  });
});

describe('an open menu in Exchange Administrator', () => {
  const ADMIN = 'exchange-admin';
  const open = { menu: 'file', selected: 'site' };
  it('closes when anything else is clicked or a tree node is expanded, as in Windows; the menu bar toggles it', () => {
    expect(react(ADMIN, open, { kind: 'activate', target: 'properties-button', key: 'toolbar:properties' })).toEqual({
      selected: 'site',
    });
    expect(react(ADMIN, open, { kind: 'activate', target: null, key: undefined })).toEqual({ selected: 'site' });
    expect(react(ADMIN, open, { kind: 'expand', target: null, key: 'node:configuration' })).not.toHaveProperty('menu');
    expect(react(ADMIN, open, { kind: 'activate', target: null, key: 'menu:file' })).toEqual({ selected: 'site' });
    expect(react(ADMIN, { selected: 'site' }, { kind: 'activate', target: null, key: 'menu:file' })).toEqual(open);
  });
});
