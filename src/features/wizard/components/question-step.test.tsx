import { fireEvent, render, screen } from '@testing-library/react';
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

function renderStep(onAnswer: (id: string) => void) {
  const router = createMemoryRouter(
    [
      {
        id: FLOW_ROUTE_ID,
        path: '/t/:flowId',
        loader: () => ({ flow: q255888Flow }),
        element: <QuestionStep node={QUESTION} onAnswer={onAnswer} />,
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
});
