import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { FLOWS } from '@/content';
import { trainerMoves } from '@/content/trainer';
import type { ScreenId } from '@/mockups/catalog';
import { EAGER_SCREENS as EAGER } from '@/mockups/testing/eager-screens';

const cases = FLOWS.flatMap((flow) =>
  flow.nodes.flatMap((node) =>
    node.kind === 'step'
      ? trainerMoves(node).map((m) => ({ name: `${flow.id} › ${node.id} › move ${m.index + 1} (${m.target})`, m }))
      : [],
  ),
);

/**
 * The validator checks that every expected action names a control in the
 * catalog; this checks that the control is really there in that state and
 * that operating it reports that target, so Try and Test can be completed.
 */
describe('every trainer move can be done on its screen', () => {
  it('there are moves to check', () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases)('$name', ({ m }) => {
    const onAction = vi.fn();
    const { container } = render(
      createElement(EAGER[m.screen as ScreenId], { ...m.state, interactive: true, onAction }),
    );
    const host = [...container.querySelectorAll<HTMLElement>('[data-target]')].filter(
      (el) => el.dataset.target === m.target,
    );
    expect(host, 'exactly one control with this target').toHaveLength(1);
    const el = host[0]!;
    // The thing a learner clicks: the element itself, or its first operable part (a drop-down's field, a list's item).
    const operable = el.matches('button, input, textarea, [tabindex="0"]')
      ? el
      : el.querySelector<HTMLElement>('button, input, textarea, [tabindex="0"]');
    expect(operable, 'an operable part').not.toBeNull();
    if (operable instanceof HTMLInputElement && operable.type === 'text') {
      // React listens to native input events through its own value tracking: set a value to trigger onChange.
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(operable, `${operable.value}x`);
      operable.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      operable!.click();
    }
    expect(onAction).toHaveBeenCalledWith(m.target);
    expect(onAction).not.toHaveBeenCalledWith(null);
  });
});
