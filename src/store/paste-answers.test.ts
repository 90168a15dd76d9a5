import { describe, expect, it, vi } from 'vitest';

import { q255888Flow } from '@/content/flows/q255888';

/** A fresh store (no localStorage in this project: the store keeps its cases in memory). */
async function fresh() {
  vi.resetModules();
  return import('./index');
}

describe('answers from a pasted event', () => {
  it('are logged with the lines naming the events read, each once, at most 20 of at most 300 characters', async () => {
    const m = await fresh();
    const id = m.actions.startCase(q255888Flow);
    const line = 'Event ID 7044, MSExchangeMig, Error, return code 80004005, account ANNAB (2/3/2000 10:15:22 AM)';
    const many = Array.from({ length: 30 }, (_, i) => `Event ID 10068, MSExchangeMig, Information #${i}`);
    const taken = m.answerPasted(q255888Flow, id, { 'app-log-event': 'event-7044' }, [
      line,
      line,
      'x'.repeat(400),
      ...many,
    ]);
    expect(taken).toEqual(['app-log-event']);
    const paste = m.getWizardState().cases[id]!.log.find((e) => e.type === 'paste')!;
    expect(paste.value).toBe('app-log-event=event-7044');
    expect(paste.events).toHaveLength(20);
    expect(paste.events!.slice(0, 2)).toEqual([line, 'x'.repeat(300)]);
  });

  it('without events read, are logged as before (no empty list)', async () => {
    const m = await fresh();
    const id = m.actions.startCase(q255888Flow);
    m.answerPasted(q255888Flow, id, { 'app-log-event': 'event-7044' });
    expect(m.getWizardState().cases[id]!.log.find((e) => e.type === 'paste')).not.toHaveProperty('events');
  });

  it('that settle nothing still keep the events for the ticket, once, and change no answer', async () => {
    const m = await fresh();
    const id = m.actions.startCase(q255888Flow);
    const line = 'Event ID 7040, MSExchangeMig, Error';
    expect(m.answerPasted(q255888Flow, id, {}, [line])).toEqual([]);
    // The same reading again (a result shown twice): nothing more.
    expect(m.answerPasted(q255888Flow, id, { 'no-such-question': 'x' }, [line])).toEqual([]);
    const c = m.getWizardState().cases[id]!;
    expect(c.answers).toEqual({});
    expect(c.log.filter((e) => e.type === 'paste')).toEqual([
      { type: 'paste', events: [line], at: expect.any(Number) },
    ]);
    // Nothing pasted and nothing settled: no entry at all.
    m.answerPasted(q255888Flow, id, {});
    expect(m.getWizardState().cases[id]!.log.filter((e) => e.type === 'paste')).toHaveLength(1);
  });
});
