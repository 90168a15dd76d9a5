import { describe, expect, it } from 'vitest';

import { getFlow } from '@/content';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';

import { parseMessage } from './channel';
import { presentationSlides } from './presentation';
import { commandFor } from './shortcuts';

describe('presentationSlides', () => {
  it('walks Q255888 through the diagnosis and every fix step with trainer moves, ending resolved', () => {
    const slides = presentationSlides(getFlow('q255888')!);
    const ids = slides.map((s) => s.node.id);
    expect(ids[0]).toBe('app-log-event');
    for (const step of ['create-account', 'grant-organization', 'grant-site', 'grant-configuration', 'fix-log-on'])
      expect(ids).toContain(step);
    expect(ids.indexOf('grant-organization')).toBeLessThan(ids.indexOf('grant-site'));
    expect(ids.at(-1)).toBe('resolved');
    // Each slide but the last records the choice that leads to the next one.
    slides.slice(0, -1).forEach((s) => expect(s.choice).toBeDefined());
  });

  it('still gives a route for a flow without trainer data', () => {
    expect(presentationSlides(tinyFlow()).length).toBeGreaterThan(1);
  });
});

describe('presenter channel messages', () => {
  it('accepts a well-formed state and hello / bye', () => {
    expect(parseMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(
      parseMessage({
        type: 'state',
        state: { nodeId: 'grant-site', mode: 'show', show: { index: 2, phase: 'press', finished: false } },
      }),
    ).toEqual({
      type: 'state',
      state: { nodeId: 'grant-site', mode: 'show', show: { index: 2, phase: 'press', finished: false } },
    });
  });

  it('ignores or cleans anything malformed', () => {
    for (const bad of [
      null,
      'state',
      42,
      { type: 'state' },
      { type: 'state', state: { nodeId: 7 } },
      { type: 'state', state: { nodeId: 'x'.repeat(500) } },
      { type: 'other' },
    ]) {
      expect(parseMessage(bad)).toBeNull();
    }
    const m = parseMessage({
      type: 'state',
      state: { nodeId: 'a', mode: 'hack', show: { index: -1, phase: 'point' }, practice: { index: 1.5 } },
    });
    expect(m).toEqual({ type: 'state', state: { nodeId: 'a', mode: 'guide' } });
  });
});

describe('presenter shortcuts', () => {
  const key = (k: string, extra: Partial<KeyboardEvent> = {}, target: Element | null = document.body) =>
    commandFor({
      key: k,
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      defaultPrevented: false,
      target,
      ...extra,
    } as KeyboardEvent);

  it('maps the keys, letters in either case', () => {
    expect([key('ArrowRight'), key('PageDown'), key('n'), key('N')]).toEqual(['next', 'next', 'next', 'next']);
    expect([key('ArrowLeft'), key('p'), key('s'), key('T'), key('e'), key('g'), key('f')]).toEqual([
      'previous',
      'previous',
      'show',
      'try',
      'test',
      'guide',
      'fullscreen',
    ]);
    expect(key('x')).toBeNull();
  });

  it('leaves keys with modifiers, already handled, or typed into fields and mockup widgets alone', () => {
    expect(key('n', { ctrlKey: true })).toBeNull();
    expect(key('n', { defaultPrevented: true })).toBeNull();
    const input = document.createElement('input');
    const tree = document.createElement('ul');
    tree.setAttribute('role', 'tree');
    const item = document.createElement('span');
    tree.append(item);
    document.body.append(input, tree);
    expect(key('n', {}, input)).toBeNull();
    expect(key('ArrowRight', {}, item)).toBeNull();
    input.remove();
    tree.remove();
  });
});
