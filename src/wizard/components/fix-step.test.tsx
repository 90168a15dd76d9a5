import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { StepNode } from '@/content/schema';

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
  it('shows a step’s warnings before its actions, each as a named, cited region', () => {
    render(<FixStep node={STEP} ticked={[]} onTick={vi.fn()} onDone={() => []} />);
    const warning = screen.getByRole('complementary', { name: 'Warning: raw mode' });
    expect(within(warning).getByText('Used incorrectly, raw mode can do serious damage.')).toBeInTheDocument();
    expect(within(warning).getByText('Cancel')).toBeInTheDocument();
    expect(within(warning).getByTestId('source')).toHaveTextContent('Source: KB Q186742, Workaround (step 2, warning)');
    const actions = screen.getByRole('heading', { name: 'What to do' });
    expect(warning.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
