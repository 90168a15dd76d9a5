import { render, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

import { SpotlightCallout } from './spotlight-callout';

/** jsdom has no layout: the stage's size and the control's box are given here, and the box moves on demand. */
let controlLeft = 100;

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  // The callout's own size (jsdom gives 0, which leaves no room for its line), and the stage's own width (as drawn:
  // nothing scales it from outside here).
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.slot === 'mockup-stage' ? 800 : 120;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(24);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('follows its control when the drawing moves it by a changed attribute (a new scale), not only by new elements', async () => {
  const stageRef = createRef<HTMLDivElement>();
  const { container } = render(
    <div data-slot="mockup-stage" ref={stageRef}>
      <div data-slot="fit-screen">
        <button type="button" data-target="description">
          Description
        </button>
      </div>
      <SpotlightCallout stageRef={stageRef} target="description" label="the description" />
    </div>,
  );
  const stage = stageRef.current!;
  Object.defineProperties(stage, { clientWidth: { value: 800 }, clientHeight: { value: 600 } });
  // The frame that shows the stage (it may scroll sideways), as wide as the stage.
  Object.defineProperty(stage.parentElement!, 'clientWidth', { value: 800 });
  stage.getBoundingClientRect = () => new DOMRect(0, 0, 800, 600);
  const control = container.querySelector<HTMLElement>('[data-target="description"]')!;
  control.getBoundingClientRect = () => new DOMRect(controlLeft, 300, 200, 40);
  const lineLeft = () => container.querySelector<HTMLElement>('[data-slot="mockup-callout-line"]')?.style.left;

  // Placed once the drawing changes (an element added), at the control's left edge.
  stage.append(document.createElement('span'));
  await waitFor(() => expect(lineLeft()).toBe(`${100 - 5 + 1 - 1}px`));

  // The drawing is scaled anew: only an attribute changes, and the control is somewhere else.
  controlLeft = 300;
  container.querySelector('[data-slot="fit-screen"]')!.setAttribute('style', 'transform: scale(1.2)');
  await waitFor(() => expect(lineLeft()).toBe(`${300 - 5 + 1 - 1}px`));
});

it('is placed in the stage’s own px when something outside scales the stage (the audience window’s zoom)', async () => {
  const stageRef = createRef<HTMLDivElement>();
  const { container } = render(
    <div data-slot="mockup-stage" ref={stageRef}>
      <button type="button" data-target="description">
        Description
      </button>
      <SpotlightCallout stageRef={stageRef} target="description" label="the description" />
    </div>,
  );
  const stage = stageRef.current!;
  Object.defineProperties(stage, { clientWidth: { value: 800 }, clientHeight: { value: 600 } });
  Object.defineProperty(stage.parentElement!, 'clientWidth', { value: 800 });
  // Drawn twice as large on screen as its own 800 × 600, from (-100, -50).
  stage.getBoundingClientRect = () => new DOMRect(-100, -50, 1600, 1200);
  const control = container.querySelector<HTMLElement>('[data-target="description"]')!;
  control.getBoundingClientRect = () => new DOMRect(-100 + 2 * 150, -50 + 2 * 300, 400, 80);
  stage.append(document.createElement('span'));
  const line = () => container.querySelector<HTMLElement>('[data-slot="mockup-callout-line"]')?.style;
  // At the control's left edge in the stage's px (150), and from the ring below the control (300 + 40) down to the
  // callout in the bottom strip.
  await waitFor(() => expect(line()?.left).toBe(`${150 - 5 + 1 - 1}px`));
  expect(line()?.top).toBe(`${300 + 40 + 5}px`);
});
