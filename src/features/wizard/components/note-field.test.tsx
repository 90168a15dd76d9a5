import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';
import { CaseProvider, useStoredCase } from '@/features/wizard/hooks/use-case';
import { NOTE_MAX, getWizardActionsForTests, getWizardState, resetWizardStore } from '@/store';

import { NoteField } from './note-field';

const CASE = 'case-1';
const ref = { flowId: flow.id, caseId: CASE };

function Stored() {
  const stored = useStoredCase();
  return (
    <NoteField
      flow={flow}
      nodeId={null}
      stored={stored?.sessionNote?.text ?? ''}
      label="Case note"
      hint="Saved as you type."
    />
  );
}

function Field() {
  return (
    <CaseProvider value={ref}>
      <Stored />
    </CaseProvider>
  );
}

/** What another tab's write looks like once this tab has read it. */
const otherTab = (text: string) => act(() => getWizardActionsForTests().setNote(flow, CASE, null, text));
const saved = () => getWizardState().cases[CASE]?.sessionNote?.text;

describe('NoteField', () => {
  beforeEach(() => {
    localStorage.clear();
    resetWizardStore();
  });

  it('saves every keystroke, no button, in its own case only', async () => {
    const other = getWizardActionsForTests().startCase(flow);
    render(<Field />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Case note' }), 'Ticket 4411');
    expect(saved()).toBe('Ticket 4411');
    expect(getWizardState().cases[other]?.sessionNote).toBeUndefined();
  });

  it('says so when a paste fills the note to its limit, and not before', async () => {
    render(<Field />);
    const box = screen.getByRole('textbox', { name: 'Case note' });
    const status = screen.getByRole('status');
    box.focus();
    await userEvent.paste('x'.repeat(NOTE_MAX - 1));
    expect(status).toHaveTextContent('');
    await userEvent.paste('yz');
    expect(saved()).toHaveLength(NOTE_MAX);
    expect(status).toHaveTextContent('This note is full (20,000 characters): anything past that was not added.');
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
    expect(saved()).toBe('theirs');
    await userEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(saved()).toBe('mine!');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('while editing: “Use theirs” takes the other version', async () => {
    render(<Field />);
    const box = screen.getByRole('textbox', { name: 'Case note' });
    await userEvent.type(box, 'mine');
    otherTab('theirs');
    await userEvent.click(screen.getByRole('button', { name: 'Use theirs' }));
    expect(box).toHaveValue('theirs');
    expect(saved()).toBe('theirs');
    await userEvent.type(box, ' and more');
    expect(saved()).toBe('theirs and more');
  });

  it('on the next step, the same field shows that step’s own note, as a field of its own would', async () => {
    const [a, b] = flow.nodes.map((n) => n.id);
    const StepNote = ({ nodeId }: { nodeId: string }) => {
      const stored = useStoredCase();
      return (
        <NoteField
          flow={flow}
          nodeId={nodeId}
          stored={stored?.notes[nodeId]?.text ?? ''}
          label={`On ${nodeId}`}
          hint="Saved."
        />
      );
    };
    act(() => getWizardActionsForTests().setNote(flow, CASE, b!, 'seen on b'));
    const { rerender } = render(
      <CaseProvider value={ref}>
        <StepNote nodeId={a!} />
      </CaseProvider>,
    );
    await userEvent.type(screen.getByRole('textbox', { name: `On ${a}` }), 'typed on a');
    otherTab('a case note meanwhile');
    rerender(
      <CaseProvider value={ref}>
        <StepNote nodeId={b!} />
      </CaseProvider>,
    );
    expect(screen.getByRole('textbox', { name: `On ${b}` })).toHaveValue('seen on b');
    expect(screen.queryByText('Updated from another tab.')).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: `On ${b}` }), '!');
    expect(getWizardState().cases[CASE]?.notes[b!]?.text).toBe('seen on b!');
    expect(getWizardState().cases[CASE]?.notes[a!]?.text).toBe('typed on a');
  });
});
