import { fireEvent, render } from '@testing-library/react';
import { useRef, useState } from 'react';
import { expect, it } from 'vitest';

import { useKeepFocusInGroup } from './use-keep-focus-in-group';

function Pager() {
  const [at, setAt] = useState(1);
  const ref = useRef<HTMLDivElement>(null);
  useKeepFocusInGroup(ref);
  return (
    <>
      <div ref={ref} role="group" aria-label="Pages">
        <button type="button" onClick={() => setAt(at - 1)} disabled={at === 0}>
          Previous
        </button>
        <button type="button" onClick={() => setAt(at + 1)} disabled={at === 2}>
          Next
        </button>
      </div>
      <button type="button">Elsewhere</button>
      <output>{at}</output>
    </>
  );
}

it('a button that disables itself when pressed hands the focus to the nearest enabled one of its group', () => {
  const view = render(<Pager />);
  const button = (name: string) => view.getByRole('button', { name });
  button('Previous').focus();
  fireEvent.click(button('Previous'));
  expect(button('Previous')).toBeDisabled();
  expect(document.activeElement).toBe(button('Next'));
  fireEvent.click(button('Next'));
  fireEvent.click(button('Next'));
  expect(button('Next')).toBeDisabled();
  expect(document.activeElement).toBe(button('Previous'));
});

it('never pulls back focus the reader took elsewhere', () => {
  const view = render(<Pager />);
  const button = (name: string) => view.getByRole('button', { name });
  button('Next').focus();
  button('Elsewhere').focus();
  fireEvent.click(button('Next'));
  fireEvent.click(button('Next'));
  expect(document.activeElement).toBe(button('Elsewhere'));
});
