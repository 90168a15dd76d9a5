import { afterEach, describe, expect, it, vi } from 'vitest';

import { copyText } from './clipboard';

describe('copyText', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'clipboard');
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('uses the Clipboard API where the page has it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    expect(await copyText('ticket')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('ticket');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('without the Clipboard API (plain HTTP), copies the text selected in an unseen box, then gives the focus back', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    let selected = '';
    const execCommand = vi.fn((command: string) => {
      const area = document.activeElement as HTMLTextAreaElement;
      selected = area.value.slice(area.selectionStart, area.selectionEnd);
      return command === 'copy';
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    expect(await copyText('Case: INC-4711\nEvent ID 7044')).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(selected).toBe('Case: INC-4711\nEvent ID 7044');
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('when the Clipboard API refuses, tries the older way; false when that is refused too', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      configurable: true,
    });
    Object.defineProperty(document, 'execCommand', { value: vi.fn(() => true), configurable: true });
    expect(await copyText('x')).toBe(true);
    Object.defineProperty(document, 'execCommand', { value: vi.fn(() => false), configurable: true });
    expect(await copyText('x')).toBe(false);
    Object.defineProperty(document, 'execCommand', {
      value: () => {
        throw new Error('not supported');
      },
      configurable: true,
    });
    expect(await copyText('x')).toBe(false);
  });
});
