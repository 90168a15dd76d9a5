import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { Library } from './library';

afterEach(cleanup);

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
  };
}

describe('Library: the paste box', () => {
  it('is marked invalid, and described by the error, while it holds text that could not be read', async () => {
    const { user, box, find } = setup();
    expect(box).not.toHaveAttribute('aria-invalid');
    await user.type(box, 'hello');
    await user.click(find);
    const error = await screen.findByText('We could not find an event in that text.');
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
