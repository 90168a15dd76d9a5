import { describe, expect, it } from 'vitest';

import { plainText } from '@/components/ui/rich-text';
import { q255888Flow as flow } from '@/content/flows/q255888';

import { renderStaticFloor } from './static-floor';

describe('static floor page for the benchmark', () => {
  const html = renderStaticFloor(flow, { cssHref: '../assets/app.css' });

  it('is a complete HTML document with no script at all', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    expect(html).toContain('<link rel="stylesheet" href="../assets/app.css" />');
  });

  it('holds the words of every node of the flow', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const text = doc.body.textContent ?? '';
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    for (const node of flow.nodes) {
      const words = plainText(node.kind === 'question' ? node.prompt : node.title);
      expect(text, node.id).toContain(words);
    }
  });
});
