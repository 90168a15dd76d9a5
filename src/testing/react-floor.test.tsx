import { act } from 'react';
import { describe, expect, it } from 'vitest';

import { mountReactFloor } from './react-floor';

/** Pages written as the app's are (styles as React writes them): classes, labels, inline styles, an SVG, form fields, ARIA and data attributes. */
const PAGES = [
  `<div class="mt-4 grid gap-8" data-slot="step-layout"><h1 tabindex="-1" data-step-heading="">Which version of Exchange Server?</h1>
<form novalidate=""><label class="flex cursor-pointer" for="a"><input type="radio" id="a" name="q" value="55" checked="" class="size-5"><span>Exchange Server 5.5</span></label>
<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M2 2h12" stroke="currentColor" stroke-width="2"></path></svg>
<p hidden="">Choose one of the answers to continue.</p><textarea aria-describedby="hint" rows="3">What the caller said</textarea>
<div style="width: 448px; --scale: 0.5; transform-origin: 0 0;">Event Detail</div></form></div>`,
  `<div class="mt-4 grid gap-8" data-slot="step-layout"><h1 tabindex="-1" data-step-heading="">Which account ran the migration?</h1>
<form novalidate=""><label class="flex cursor-pointer" for="b"><input type="radio" id="b" name="q" value="admin" class="size-5"><span>Service Account Admin</span></label>
<details open=""><summary>How to check</summary><p>Open the <b>Permissions</b> tab.</p></details></form></div>`,
  `<section aria-labelledby="done"><h1 id="done">Resolved: the messages were migrated</h1><ol><li>First</li><li>Second</li></ol></section>`,
];

function expected(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return Array.from(template.content.childNodes);
}

function expectPage(container: Element, html: string) {
  const want = expected(html);
  expect(container.childNodes).toHaveLength(want.length);
  want.forEach((node, i) => {
    const got = container.childNodes[i]!;
    expect(got.isEqualNode(node), `node ${i}: ${(got as Element).outerHTML ?? got.textContent}`).toBe(true);
  });
}

describe('the React floor of the benchmark', () => {
  it('draws each page exactly as its HTML says, one page further on each call, and stays on the last', () => {
    const container = document.createElement('main');
    container.innerHTML = '<p>the app was here</p>';
    document.body.append(container);
    const next = mountReactFloor(PAGES, container);
    expectPage(container, PAGES[0]!);
    for (const page of [PAGES[1]!, PAGES[2]!, PAGES[2]!]) {
      act(() => next());
      expectPage(container, page);
    }
    container.remove();
  });

  it('draws the next page at once when told to, outside any event (the benchmark sets each change up this way)', () => {
    const container = document.createElement('main');
    const next = mountReactFloor(PAGES, container);
    // Outside act() on purpose: drawn at once means drawn before the call returns.
    const actEnvironment = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT');
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false);
    try {
      next(true);
      expectPage(container, PAGES[1]!);
      next(true);
      expectPage(container, PAGES[2]!);
    } finally {
      Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment);
    }
  });

  it('changes the elements a page keeps instead of drawing them again', () => {
    const container = document.createElement('main');
    const next = mountReactFloor(PAGES.slice(0, 2), container);
    const heading = container.querySelector('h1');
    act(() => next());
    expect(container.querySelector('h1')).toBe(heading);
    expect(heading?.textContent).toBe('Which account ran the migration?');
  });
});
