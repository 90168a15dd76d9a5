import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { q255888Flow } from '@/content/flows/q255888';
import type { QuestionNode } from '@/content/schema';
import { FLOW_ROUTE_ID } from '@/features/wizard/hooks/flow-route-id';

import { QuestionStep } from './question-step';

const QUESTION: QuestionNode = {
  kind: 'question',
  id: 'colour',
  title: 'Light',
  prompt: 'Which colour is the light?',
  howToCheck: { title: 'How to see the light', steps: ['Look at the front panel.'] },
  options: [
    { id: 'green', label: 'Green', next: 'done' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'done' },
  ],
};

function renderStep(onAnswer: (id: string) => void, element = <QuestionStep node={QUESTION} onAnswer={onAnswer} />) {
  const router = createMemoryRouter(
    [
      {
        id: FLOW_ROUTE_ID,
        path: '/t/:flowId',
        loader: () => ({ flow: q255888Flow }),
        element,
      },
    ],
    { initialEntries: ['/t/q255888'] },
  );
  render(<RouterProvider router={router} />);
}

describe('QuestionStep', () => {
  it('opens the how-to-check guide on "Not sure" below Continue, so the button does not move as the guide loads', async () => {
    const onAnswer = vi.fn();
    renderStep(onAnswer);
    fireEvent.click(await screen.findByRole('radio', { name: 'Not sure' }));
    const guide = await screen.findByRole('region', { name: 'How to see the light' });
    const cont = screen.getByRole('button', { name: 'Continue' });
    expect(cont.compareDocumentPosition(guide) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Continue without knowing' }));
    expect(onAnswer).toHaveBeenCalledWith('not-sure');
  });

  it('asks for an answer before going on', async () => {
    const onAnswer = vi.fn();
    renderStep(onAnswer);
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose one of the answers to continue.');
    expect(onAnswer).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('radio', { name: 'Green' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith('green');
  });

  it('the next question in the same place starts afresh: its own earlier answer, no error, nothing carried over', async () => {
    const NEXT: QuestionNode = {
      kind: 'question',
      id: 'sound',
      title: 'Sound',
      prompt: 'Does it beep?',
      options: [
        { id: 'yes', label: 'Yes', next: 'done' },
        { id: 'no', label: 'No', hint: 'Listen for ten seconds.', next: 'done' },
        { id: 'twice', label: 'Twice', next: 'done' },
      ],
    };
    const onAnswer = vi.fn();
    function Steps() {
      const [second, setSecond] = useState(false);
      return (
        <>
          <QuestionStep node={second ? NEXT : QUESTION} selected={second ? 'no' : undefined} onAnswer={onAnswer} />
          <button type="button" onClick={() => setSecond(true)}>
            Next question
          </button>
        </>
      );
    }
    renderStep(onAnswer, <Steps />);
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));

    expect(screen.getByRole('radiogroup', { name: 'Does it beep?' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByRole('radio', { name: /^No/ })).toBeChecked();
    expect(screen.getByText('Your earlier answer')).toBeInTheDocument();
    expect(screen.getByText('Listen for ten seconds.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenLastCalledWith('no');
  });
});
