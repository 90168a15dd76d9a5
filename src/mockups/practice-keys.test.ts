import { describe, expect, it } from 'vitest';

import { treeKey } from './practice-keys';

/** A tree as the kit draws it, inside a practice frame that is a group of its own. */
function tree(): HTMLElement {
  const frame = document.createElement('div');
  frame.setAttribute('role', 'group');
  frame.innerHTML = `
    <ul role="tree">
      <li role="treeitem" data-slot="win-tree-item" aria-expanded="true">
        <div data-slot="win-tree-row"><span data-slot="win-tree-item-label">ACME</span></div>
        <ul role="group">
          <li role="treeitem" data-slot="win-tree-item" aria-expanded="true">
            <div data-slot="win-tree-row"><span data-slot="win-tree-item-label">HEADOFFICE</span></div>
            <ul role="group">
              <li role="treeitem" data-slot="win-tree-item" aria-expanded="false">
                <div data-slot="win-tree-row"><span data-slot="win-tree-item-label">Configuration</span></div>
              </li>
            </ul>
          </li>
        </ul>
      </li>
    </ul>`;
  document.body.append(frame);
  return frame;
}

const label = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll<HTMLElement>('[data-slot="win-tree-item-label"]')].find((el) => el.textContent === text)!;

describe('the tree’s → and ← keys, as in Windows', () => {
  it('→ on an open item goes to its first child, inside a frame that is a group too; on a closed one, opens it', () => {
    const root = tree();
    const to = (from: string, key: string) => {
      const t = treeKey(label(root, from), key);
      return t?.kind === 'move' ? t.to.textContent : t?.kind;
    };
    expect(to('ACME', 'ArrowRight')).toBe('HEADOFFICE');
    expect(to('HEADOFFICE', 'ArrowRight')).toBe('Configuration');
    expect(to('Configuration', 'ArrowRight')).toBe('expand');
    expect(to('Configuration', 'ArrowLeft')).toBe('HEADOFFICE');
    expect(to('HEADOFFICE', 'ArrowLeft')).toBe('collapse');
    root.remove();
  });
});
