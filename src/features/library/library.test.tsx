import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { CATALOG } from '@/content/catalog';
import { getWizardState, resetWizardStore } from '@/store';

import { Library } from './library';

afterEach(cleanup);
// The reader and every guide's rules load on the first "Find the guide": once, here, as a cold load under a busy test
// run can take longer than findBy waits.
beforeAll(async () => {
  await (await import('./paste-result')).readPasteForGuides('hello');
});

function setup() {
  render(
    <MemoryRouter>
      <Library renderFlow={() => null} />
    </MemoryRouter>,
  );
  return {
    user: userEvent.setup(),
    box: screen.getByRole('textbox', { name: 'Or paste the event from Event Viewer' }),
    find: screen.getByRole('button', { name: 'Find the guide' }),
    /** Focus has gone to the result, as it does a frame after each reading (keys typed before that go there, not to the box). */
    focused: () =>
      waitFor(() => expect(screen.getByRole('region', { name: 'Result of Find the guide' })).toHaveFocus()),
  };
}

describe('Library: the paste box', () => {
  it('an event no guide knows: every guide can be opened by hand, the event kept with the new case for the ticket', async () => {
    // The store is shared with the other test files of this worker: only this test's case in it.
    localStorage.clear();
    resetWizardStore();
    render(
      <MemoryRouter>
        <Routes>
          <Route path="/" element={<Library renderFlow={() => null} />} />
          <Route path="/t/:flowId/:nodeId" element={<p>opened</p>} />
        </Routes>
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Or paste the event from Event Viewer' }));
    await user.paste('Event ID: 7040\nSource: MSExchangeMig\nType: Error\nDescription: Access denied.');
    await user.click(screen.getByRole('button', { name: 'Find the guide' }));
    const none = await screen.findByTestId('paste-no-match');
    expect(none).toHaveTextContent('the pasted text’s event goes with the case, for the ticket');
    const buttons = within(none).getAllByRole('button');
    // In the start page's order of the guides.
    expect(buttons.map((b) => b.textContent)).toEqual(
      CATALOG.map((f) => `Open a new case of KB ${f.kb} and answer by hand`),
    );
    await user.click(within(none).getByRole('button', { name: /KB Q186742/ }));
    await screen.findByText('opened');
    const opened = Object.values(getWizardState().cases).find((c) => c.flowId === 'q186742')!;
    expect(opened.answers).toEqual({});
    expect(opened.log.filter((e) => e.type === 'paste')).toEqual([
      { type: 'paste', events: ['Event ID 7040, MSExchangeMig, Error: Access denied.'], at: expect.any(Number) },
    ]);
  });

  it('is marked invalid, and described by the error, while it holds text that could not be read', async () => {
    const { user, box, find, focused } = setup();
    expect(box).not.toHaveAttribute('aria-invalid');
    await user.type(box, 'hello');
    await user.click(find);
    const error = await screen.findByText('We could not find an event in that text.');
    await focused();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    const described = box.getAttribute('aria-describedby');
    expect(described).toBeTruthy();
    expect(within(document.getElementById(described!)!).getByRole('alert')).toContainElement(error);
    // A change to the text: the error is about the text before it.
    await user.type(box, ' world');
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).not.toHaveAttribute('aria-describedby');
    // Nothing pasted at all is as much an error of the box.
    await user.clear(box);
    await user.click(find);
    await screen.findByText('Paste the event text into the box first.');
    expect(box).toHaveAttribute('aria-invalid', 'true');
  });

  it('drops what it found when the text changes: the result was about the text before', async () => {
    const { user, box, find, focused } = setup();
    await user.type(box, 'hello');
    await user.click(find);
    await screen.findByText('We could not find an event in that text.');
    await focused();
    await user.type(box, ' world');
    expect(screen.queryByText('We could not find an event in that text.')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    // So does what was read of an event (a guide found would be for an event no longer in the box).
    await user.clear(box);
    await user.click(box);
    await user.paste('Event ID: 9999\nSource: MSExchangeMig\nType: Error\nDescription:\nSomething unrelated.');
    await user.click(find);
    await screen.findByTestId('paste-no-match');
    await focused();
    await user.type(box, '.');
    expect(screen.queryByTestId('paste-no-match')).toBeNull();
    // Changed while it was being read: nothing is shown for the text before.
    fireEvent.click(find);
    fireEvent.change(box, { target: { value: 'hello again' } });
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByTestId('paste-no-match')).toBeNull();
    expect(box).not.toHaveAttribute('aria-invalid');
  });

  it('moves focus to the result: a region named for what it holds, whose name is not the error it describes', async () => {
    const { user, box, find, focused } = setup();
    // No result yet: no region to find among the page's landmarks.
    expect(screen.queryByRole('region', { name: 'Result of Find the guide' })).toBeNull();
    await user.type(box, 'hello');
    await user.click(find);
    await focused();
    const result = screen.getByRole('region', { name: 'Result of Find the guide' });
    expect(within(result).getByRole('alert')).toHaveTextContent('We could not find an event in that text.');
    // Announced once: by the alert, with no live region around it to speak it again.
    expect(result.closest('[aria-live]') ?? result.querySelector('[aria-live]')).toBeNull();
    // The box is described by the error itself, not by the region's name.
    expect(box).toHaveAccessibleDescription(/^We could not find an event in that text\./);
    await user.type(box, '!');
    expect(screen.queryByRole('region', { name: 'Result of Find the guide' })).toBeNull();
  });

  it('is not marked when what was pasted was read', async () => {
    const { user, box, find } = setup();
    await user.click(box);
    await user.paste('Event ID: 9999\nSource: MSExchangeMig\nType: Error\nDescription:\nSomething unrelated.');
    await user.click(find);
    await screen.findByTestId('paste-no-match');
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).not.toHaveAttribute('aria-describedby');
  });
});
