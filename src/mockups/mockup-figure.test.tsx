import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import type { MockupRef } from './mockup-ref';

import { MockupFigure } from './mockup-figure';
import { loadScreen } from './registry';

const ROLES: MockupRef = {
  screen: 'exchange-properties',
  state: {
    object: 'organization',
    accounts: [{ account: 'ACMEDOM\\MigAdmin', role: 'Permissions Admin' }],
    selectedAccount: 'ACMEDOM\\MigAdmin',
  },
  target: 'roles-list',
  description: 'The Organization Properties dialog with Permissions Admin chosen.',
};

describe('MockupFigure', () => {
  // The screens' code first: its first import in the test runner includes compiling it, which on a busy machine took
  // longer than findBy* waits (1 s). The figure's lazy loading itself is screen-slot.test.tsx's subject.
  beforeAll(() => Promise.all([loadScreen('exchange-properties'), loadScreen('exchange-options')]));

  it('is a figure named by the screen title, described by the text and the highlight', async () => {
    const { container } = render(<MockupFigure mockup={ROLES} />);
    const figure = screen.getByRole('figure', { name: 'Exchange Administrator: Properties dialog' });
    expect(figure).toHaveAccessibleDescription(
      'The Organization Properties dialog with Permissions Admin chosen. Highlighted: the Roles list',
    );
    expect(screen.getByText('Highlighted:').parentElement).toHaveTextContent('Highlighted: the Roles list');
    // The screen loads lazily, then the spotlit control carries the ring.
    await screen.findByText('ACME Properties');
    const lit = container.querySelectorAll('[data-highlighted]');
    expect(lit).toHaveLength(1);
    expect(lit[0]).toHaveAttribute('data-target', 'roles-list');
  });

  it('renders the screen inert: no tab stops and nothing exposed inside the figure', async () => {
    const { container } = render(<MockupFigure mockup={ROLES} />);
    await screen.findByText('ACME Properties');
    const wrapper = container.querySelector('[data-slot="win-screen"]')!.parentElement!;
    expect(wrapper).toHaveAttribute('inert');
    for (const el of container.querySelectorAll('button, input, textarea, [tabindex]')) {
      expect(el.closest('[inert]') !== null || el.getAttribute('tabindex') === '-1').toBe(true);
    }
  });

  it('has no "Highlighted" line without a target', async () => {
    render(<MockupFigure mockup={{ screen: 'exchange-options', description: 'Options dialog.' }} />);
    expect(screen.queryByText('Highlighted:')).not.toBeInTheDocument();
    expect(await screen.findByText('Show Permissions page for all objects')).toBeInTheDocument();
  });

  it('shows a notice, not a crash, for an unknown screen', () => {
    render(<MockupFigure mockup={{ screen: 'no-such-screen', description: 'Something.' }} />);
    expect(screen.getByText(/can’t be shown: there is no screen called “no-such-screen”/)).toBeInTheDocument();
    expect(screen.getByRole('figure')).toHaveTextContent('Something.');
  });

  it('shows a notice for a state the screen does not accept', () => {
    render(
      <MockupFigure
        mockup={{ screen: 'exchange-properties', state: { object: 'mailbox' }, description: 'Bad state.' }}
      />,
    );
    expect(screen.getByText(/can’t be shown: its settings are not valid \(object\)/)).toBeInTheDocument();
  });

  it('shows a notice for a target the screen does not have', () => {
    render(
      <MockupFigure mockup={{ screen: 'exchange-options', target: 'roles-list', description: 'Wrong target.' }} />,
    );
    expect(screen.getByText(/has no control “roles-list”/)).toBeInTheDocument();
  });
});
