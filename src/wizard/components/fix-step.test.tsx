import { render, screen, within } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { q255888Flow } from '@/content/flows/q255888';
import type { StepNode } from '@/content/schema';
import { FLOW_ROUTE_ID } from '@/wizard/hooks/flow-route-id';

import { FixStep } from './fix-step';

const STEP: StepNode = {
  kind: 'step',
  id: 'look',
  title: 'Look, do not touch',
  intro: ['Only read a value.'],
  warnings: [
    {
      title: 'Warning: raw mode',
      body: ['Used incorrectly, raw mode can do serious damage.', 'Close with **Cancel**.'],
      source: { ref: 'Q186742', section: 'Workaround', note: 'step 2, warning' },
    },
  ],
  actions: [{ id: 'read', text: 'Read it.' }],
  source: { ref: 'Q186742', section: 'Workaround', note: 'step 2' },
  next: 'done',
};

describe('FixStep', () => {
  it('shows a step’s warnings before its actions, each as a named, cited region', async () => {
    // The step's print links name its flow, which a step page gets from the flow route.
    const router = createMemoryRouter(
      [
        {
          id: FLOW_ROUTE_ID,
          path: '/t/:flowId',
          loader: () => ({ flow: q255888Flow }),
          element: <FixStep node={STEP} ticked={[]} onTick={vi.fn()} onDone={() => []} />,
        },
      ],
      { initialEntries: ['/t/q255888'] },
    );
    render(<RouterProvider router={router} />);
    const warning = await screen.findByRole('complementary', { name: 'Warning: raw mode' });
    expect(within(warning).getByText('Used incorrectly, raw mode can do serious damage.')).toBeInTheDocument();
    expect(within(warning).getByText('Cancel')).toBeInTheDocument();
    expect(within(warning).getByTestId('source')).toHaveTextContent('Source: KB Q186742, Workaround (step 2, warning)');
    const actions = screen.getByRole('heading', { name: 'What to do' });
    expect(warning.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
