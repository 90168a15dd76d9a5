import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { EarlierPart } from '@/store';

import EarlierTrail from './earlier-trail';

/** A Q255888 part handed over at event 7017, with a note on its first question and one on the result. */
const PART: EarlierPart = {
  id: 'run-1',
  flowId: 'q255888',
  revision: 7,
  entry: 'diagnose',
  answers: { 'app-log-event': 'other-event', 'which-event': 'event-7017', 'version-7017': 'ex50-55' },
  checks: {},
  startedAt: 1,
  updatedAt: 2,
  log: [],
  notes: {
    'app-log-event': { text: 'Caller read it off the Application log', at: 1 },
    'cause-7017-alias': { text: 'Handed to the Q186742 guide', at: 2 },
  },
  outcome: 'cause-7017-alias',
};

describe('EarlierTrail', () => {
  it('shows the notes made in the earlier guide beside its answers and its result, as this guide’s trail does', async () => {
    render(<EarlierTrail parts={[PART]} current="q186742" />);
    const trail = screen.getByTestId('earlier-trail');
    expect(await within(trail).findByText('In KB Q255888')).toBeInTheDocument();
    const notes = await within(trail).findAllByTestId('earlier-note');
    expect(notes.map((n) => n.textContent)).toEqual([
      'Note: Caller read it off the Application log',
      'Note: Handed to the Q186742 guide',
    ]);
    // Only where a note was made.
    expect(within(trail).getAllByRole('listitem')).toHaveLength(4);
  });
});
