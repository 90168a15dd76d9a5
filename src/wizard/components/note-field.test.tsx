import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';
import { getWizardActionsForTests, getWizardState, resetWizardStore, useStoredSession } from '@/wizard/store/wizard-store';

import { NoteField } from './note-field';

function Field() {
  const stored = useStoredSession(flow.id);
  return <NoteField flow={flow} nodeId={null} stored={stored?.sessionNote?.text ?? ''} label="Case note" hint="Saved as you type." />;
}

/** What another tab's write looks like once this tab has read it. */
const otherTab = (text: string) => act(() => getWizardActionsForTests().setNote(flow, null, text));

describe('NoteField', () => {
  beforeEach(() => {
    localStorage.clear();
    resetWizardStore();
  });

  it('saves every keystroke, no button', async () => {
    render(<Field />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Case note' }), 'Ticket 4411');
    expect(getWizardState().sessions.q255888?.sessionNote?.text).toBe('Ticket 4411');
  });

  it('shows another tab’s change at once when the field is not being edited', () => {
    render(<Field />);
    otherTab('from elsewhere');
    expect(screen.getByRole('textbox', { name: 'Case note' })).toHaveValue('from elsewhere');
    expect(screen.getByText('Updated from another tab.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('while editing: tells the user, saves nothing over theirs until they choose, then keeps mine', async () => {
    render(<Field />);
    const box = screen.getByRole('textbox', { name: 'Case note' });
    await userEvent.type(box, 'mine');
    otherTab('theirs');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('changed in another tab');
    expect(alert).toHaveTextContent('theirs');
    expect(box).toHaveValue('mine');
    await userEvent.type(box, '!');
    expect(getWizardState().sessions.q255888?.sessionNote?.text).toBe('theirs');
    await userEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(getWizardState().sessions.q255888?.sessionNote?.text).toBe('mine!');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('while editing: “Use theirs” takes the other version', async () => {
    render(<Field />);
    const box = screen.getByRole('textbox', { name: 'Case note' });
    await userEvent.type(box, 'mine');
    otherTab('theirs');
    await userEvent.click(screen.getByRole('button', { name: 'Use theirs' }));
    expect(box).toHaveValue('theirs');
    expect(getWizardState().sessions.q255888?.sessionNote?.text).toBe('theirs');
    await userEvent.type(box, ' and more');
    expect(getWizardState().sessions.q255888?.sessionNote?.text).toBe('theirs and more');
  });
});
