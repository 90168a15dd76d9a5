/**
 * The example the Q186742 flow's pictures and practice use (ours, not the
 * article's): the MS Mail user CARLAM already has an Exchange mailbox,
 * created earlier under the alias CMoreau, whose Directory Name is the
 * same. Pictures receive these facts through their state, and the screens
 * here are built in one place so that every step shows the same example.
 */
import type { MockupRef } from '../../schema';

export const Q = 'Q186742';
export const DIAGNOSIS = 'diagnosis-q186742';

/** The event of the article's Symptoms, exactly as it prints it (with the literal <username>). */
export const EVENT_7017 = {
  id: '7017',
  source: 'MSExchangeMig',
  type: 'Error',
  category: 'None',
  description: 'Could not log onto the Message Store for Account: <username>',
};

export const USER = { mailbox: 'CARLAM', displayName: 'Carla Moreau', directoryName: 'CMoreau' } as const;

type At = Pick<MockupRef, 'screen' | 'state'>;
type State = Record<string, unknown>;

/** Notepad with the user list file, on the line of USER. */
export const csv = (state: State = {}): At => ({ screen: 'notepad-csv', state: { user: USER.mailbox, ...state } });

/** Exchange Administrator started in raw mode (`admin/r`), with USER's mailbox listed under Recipients. */
export const rawAdmin = (state: State = {}): At => ({
  screen: 'exchange-admin',
  state: { raw: true, recipient: USER.displayName, ...state },
});

/** The Raw Properties dialog of USER's mailbox. */
export const rawProperties = (state: State = {}): At => ({
  screen: 'exchange-raw-properties',
  state: { displayName: USER.displayName, directoryName: USER.directoryName, ...state },
});

/** The Migration Wizard page after the .csv file is chosen in the second step. */
export const importPage = (state: State = {}): At => ({ screen: 'migration-import', state });

/** The Migration Wizard's choice about Windows NT accounts. */
export const ntAccounts = (state: State = {}): At => ({ screen: 'migration-nt-accounts', state });

/** A picture: one of the screens above with the control to spotlight and the words that describe it. */
export function picture(at: At, target: string | undefined, description: string): MockupRef {
  return { ...at, ...(target ? { target } : {}), description };
}
