import { describe, expect, it } from 'vitest';

import { parseMessage } from './channel';
import { SHORTCUTS, commandFor } from './shortcuts';

describe('presenter channel messages', () => {
  const state = {
    slide: 'grant-site',
    entry: 'diagnose',
    route: { 'app-log-event': 'event-7044', 'grant-site': 'done' },
    mode: 'show',
    show: { index: 2, phase: 'press', finished: false },
  };

  it('accepts a well-formed state, hello / bye, and the commands the audience window passes on', () => {
    expect(parseMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseMessage({ type: 'state', state })).toEqual({ type: 'state', state });
    const full = {
      ...state,
      mode: 'guide',
      show: undefined,
      action: 3,
      scroll: 0.5,
      blank: true,
      zoom: true,
      given: ['app-log-event'],
    };
    expect(parseMessage({ type: 'state', state: full })).toEqual({ type: 'state', state: full });
    // The learner's hint level and a wrong action, for the room to follow Let me try.
    const trying = {
      ...state,
      mode: 'try',
      show: undefined,
      practice: { index: 4, spotlight: true, finished: false, hint: 2, wrong: true, screen: { selected: 'site' } },
    };
    expect(parseMessage({ type: 'state', state: trying })).toEqual({ type: 'state', state: trying });
    // A learner's screen too large to be one is left out.
    const huge = { ...trying, practice: { ...trying.practice, screen: { text: 'x'.repeat(5000) } } };
    expect(parseMessage({ type: 'state', state: huge })).toEqual({
      type: 'state',
      state: { ...trying, practice: { index: 4, spotlight: true, finished: false, hint: 2, wrong: true } },
    });
    const odd = { ...trying, practice: { index: 4, spotlight: false, finished: false, hint: 9, wrong: 'yes' } };
    expect(parseMessage({ type: 'state', state: odd })).toEqual({
      type: 'state',
      state: { ...trying, practice: { index: 4, spotlight: false, finished: false } },
    });
    expect(parseMessage({ type: 'command', command: 'forward' })).toEqual({ type: 'command', command: 'forward' });
    // Z pressed in the audience window (a keyboard there) zooms it too.
    expect(parseMessage({ type: 'command', command: 'zoom' })).toEqual({ type: 'command', command: 'zoom' });
  });

  it('ignores or cleans anything malformed', () => {
    for (const bad of [
      null,
      'state',
      42,
      { type: 'state' },
      { type: 'state', state: { ...state, slide: 7 } },
      { type: 'state', state: { ...state, slide: 'x'.repeat(500) } },
      { type: 'state', state: { ...state, entry: 'Not An Id' } },
      { type: 'state', state: { ...state, route: { 'a b': 'c' } } },
      { type: 'state', state: { ...state, route: ['x'] } },
      {
        type: 'state',
        state: { ...state, route: Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`n${i}`, 'x'])) },
      },
      { type: 'command', command: 'fullscreen' },
      // → and ← are Page Down and Page Up now: an old audience window's own commands for them are not taken.
      { type: 'command', command: 'right' },
      { type: 'command', command: 'left' },
      { type: 'command', command: 'rm -rf' },
      { type: 'other' },
    ]) {
      expect(parseMessage(bad)).toBeNull();
    }
    const m = parseMessage({
      type: 'state',
      state: {
        ...state,
        mode: 'hack',
        show: { index: -1, phase: 'point' },
        practice: { index: 1.5, hint: 2, wrong: true },
        action: -2,
        scroll: 7,
        blank: 'yes',
        zoom: 1,
        given: ['ok', 'Not An Id'],
      },
    });
    expect(m).toEqual({
      type: 'state',
      state: { slide: 'grant-site', entry: 'diagnose', route: state.route, mode: 'guide' },
    });
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
      isComposing: false,
      target,
      ...extra,
    } as KeyboardEvent);

  it('maps the keys and a clicker’s keys, letters in either case', () => {
    // Whichever a clicker sends, Page Down and → (and Space) do the same; so do Page Up and ← (and Shift+Space).
    expect([key('PageDown'), key('ArrowRight'), key(' ')]).toEqual(['forward', 'forward', 'forward']);
    expect([key('PageUp'), key('ArrowLeft'), key(' ', { shiftKey: true })]).toEqual(['back', 'back', 'back']);
    expect([key('n'), key('N'), key('p'), key('Home'), key('End')]).toEqual([
      'next',
      'next',
      'previous',
      'first',
      'last',
    ]);
    expect([key('k'), key('K'), key('MediaPlayPause')]).toEqual(['play-pause', 'play-pause', 'play-pause']);
    expect([key('s'), key('T'), key('e'), key('g'), key('f'), key('b'), key('.'), key('Escape')]).toEqual([
      'show',
      'try',
      'test',
      'guide',
      'fullscreen',
      'blank',
      'blank',
      'escape',
    ]);
    expect([key('z'), key('Z')]).toEqual(['zoom', 'zoom']);
    expect(key('x')).toBeNull();
  });

  it('the key help lists → and Space with Page Down, ← and Shift+Space with Page Up, and each key once', () => {
    const row = (k: string) => SHORTCUTS.find((s) => s.keys.includes(k));
    expect(row('→')).toBe(row('Page Down'));
    expect(row('Space')).toBe(row('Page Down'));
    expect(row('←')).toBe(row('Page Up'));
    expect(row('Shift+Space')).toBe(row('Page Up'));
    expect(row('N')!.label).toMatch(/slide/);
    expect(row('K')!.label).toMatch(/Play or pause/);
    const all = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(all).size).toBe(all.length);
  });

  it('works with focus inside a screen picture’s menus, trees and lists, unless the control used the key', () => {
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    const item = document.createElement('div');
    item.setAttribute('role', 'menuitem');
    item.tabIndex = -1;
    menu.append(item);
    const tree = document.createElement('ul');
    tree.setAttribute('role', 'tree');
    const treeItem = document.createElement('li');
    treeItem.setAttribute('role', 'treeitem');
    tree.append(treeItem);
    document.body.append(menu, tree);
    expect([key('n', {}, item), key('ArrowRight', {}, item), key('g', {}, item), key('Escape', {}, item)]).toEqual([
      'next',
      'forward',
      'guide',
      'escape',
    ]);
    expect(key('PageDown', {}, treeItem)).toBe('forward');
    // A key the control handled is its own.
    expect(key('ArrowRight', { defaultPrevented: true }, treeItem)).toBeNull();
    expect(key('Escape', { defaultPrevented: true }, item)).toBeNull();
    // Space presses the focused control rather than playing Show me.
    expect(key(' ', {}, item)).toBeNull();
    expect(key(' ', {}, treeItem)).toBeNull();
    expect(key(' ', { shiftKey: true }, item)).toBeNull();
    menu.remove();
    tree.remove();
  });

  it('works with focus on a field inside a read-only text box (the Notepad picture), not inside one that types', () => {
    const text = document.createElement('div');
    text.setAttribute('role', 'textbox');
    text.setAttribute('aria-readonly', 'true');
    const field = document.createElement('span');
    field.tabIndex = 0;
    text.append(field);
    const typing = document.createElement('div');
    typing.setAttribute('role', 'textbox');
    document.body.append(text, typing);
    expect([key('PageDown', {}, field), key('ArrowRight', {}, field), key('g', {}, field)]).toEqual([
      'forward',
      'forward',
      'guide',
    ]);
    expect([key('PageDown', {}, typing), key('n', {}, typing)]).toEqual([null, null]);
    text.remove();
    typing.remove();
  });

  it('leaves keys with modifiers, typed into fields, or pressing a button alone', () => {
    expect(key('n', { ctrlKey: true })).toBeNull();
    expect(key('n', { altKey: true })).toBeNull();
    expect(key('n', { isComposing: true })).toBeNull();
    const input = document.createElement('input');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    const area = document.createElement('textarea');
    const button = document.createElement('button');
    document.body.append(input, checkbox, area, button);
    expect([key('n', {}, input), key('ArrowRight', {}, input), key('PageDown', {}, area)]).toEqual([null, null, null]);
    expect([key(' ', {}, checkbox), key('n', {}, checkbox)]).toEqual([null, 'next']);
    expect([key(' ', {}, button), key('n', {}, button), key('PageDown', {}, button)]).toEqual([
      null,
      'next',
      'forward',
    ]);
    input.remove();
    checkbox.remove();
    area.remove();
    button.remove();
  });
});
