import { describe, expect, it, vi } from 'vitest';

import { q186742Flow } from '@/content/flows/q186742';
import { q255888Flow } from '@/content/flows/q255888';
import { stepForward, walk } from '@/engine/walk';

/** A fresh store (no localStorage in this project: the store keeps its cases in memory). */
async function fresh() {
  vi.resetModules();
  const store = await import('./index');
  const handover = await import('./hand-over-case');
  return { ...store, ...handover };
}

const TO_7017 = { 'app-log-event': 'other-event', 'which-event': 'event-7017', 'version-7017': 'ex50-55' };
/** Q186742's questions from where the hand-over opens to the second carried one (exchange-version). */
const TO_SECOND_CARRIED = {
  'existing-mailbox': 'yes',
  'alias-differs': 'different',
  'migration-method': 'two-step',
  'migrated-what': 'mail-and-pab',
};

describe('handing a case over to another guide', () => {
  it('keeps one case: same id, name and case note, the earlier guide’s part kept, the shared answers given', async () => {
    const m = await fresh();
    const id = m.actions.startCase(q255888Flow);
    m.answerPasted(q255888Flow, id, TO_7017);
    m.actions.setNote(q255888Flow, id, null, 'INC-7017 Bruno');
    const before = m.getWizardState().cases[id]!;
    const to = m.handOverCase(q255888Flow, id, 'cause-7017-alias', q186742Flow);
    expect(to).toBe(`/t/q186742/existing-mailbox?case=${id}`);
    const after = m.getWizardState().cases[id]!;
    expect(after.flowId).toBe('q186742');
    expect(after.answers).toEqual({ 'app-log-event': 'event-7017', 'exchange-version': 'ex50-55' });
    expect(after.sessionNote?.text).toBe('INC-7017 Bruno');
    expect(after.id).not.toBe(before.id); // a new run, for the statistics
    expect(after.earlier).toHaveLength(1);
    expect(after.earlier![0]).toMatchObject({
      flowId: 'q255888',
      answers: TO_7017,
      outcome: 'cause-7017-alias',
      id: before.id,
    });
    expect(after.log.map((l) => l.type)).toEqual(['handover']);
  });

  it('records the carried answers as answers, with the entry that says where they came from, so the walk goes past them', async () => {
    const m = await fresh();
    const id = m.actions.startCase(q255888Flow);
    m.answerPasted(q255888Flow, id, TO_7017);
    const to = m.handOverCase(q255888Flow, id, 'cause-7017-alias', q186742Flow);
    const handedOver = m.getWizardState().cases[id]!;
    // The origin the trail and the report read (features/wizard/provenance.ts, carriedFrom).
    expect(handedOver.log).toEqual([
      { at: handedOver.updatedAt, type: 'handover', node: 'app-log-event', value: 'q255888:cause-7017-alias' },
    ]);
    // The case opens past the first carried question …
    expect(walk(q186742Flow, handedOver).path[0]).toMatchObject({
      node: { id: 'app-log-event' },
      choice: { id: 'event-7017' },
    });
    expect(to).toBe(`/t/q186742/${walk(q186742Flow, handedOver).current.id}?case=${id}`);
    // … and a step forward goes past the second when it is reached; the answers given here are kept with them.
    const carried = Object.keys(handedOver.answers);
    for (const [q, o] of Object.entries(TO_SECOND_CARRIED))
      expect(m.actions.answer(q186742Flow, id, q, o)).toBeUndefined();
    const c = m.getWizardState().cases[id]!;
    expect(stepForward(q186742Flow, c, 'exchange-version', carried)).toBe('source-system');
    expect(c.answers).toEqual({ ...handedOver.answers, ...TO_SECOND_CARRIED });
  });

  it('refuses an outcome not on the case’s path, or a case of another guide', async () => {
    const m = await fresh();
    const id = m.actions.startCase(q255888Flow);
    m.actions.answer(q255888Flow, id, 'app-log-event', 'event-7044');
    expect(m.handOverCase(q255888Flow, id, 'cause-7017-alias', q186742Flow)).toBeUndefined();
    expect(m.handOverCase(q186742Flow, id, 'cause-7044-q255888', q255888Flow)).toBeUndefined();
    expect(m.getWizardState().cases[id]!.flowId).toBe('q255888');
  });

  it('takes a case back to the guide it came from, answers there intact', async () => {
    const m = await fresh();
    const id = m.actions.startCase(q255888Flow);
    m.answerPasted(q255888Flow, id, TO_7017);
    m.handOverCase(q255888Flow, id, 'cause-7017-alias', q186742Flow);
    m.actions.answer(q186742Flow, id, 'existing-mailbox', 'yes');
    expect(m.takeCaseBack(id)).toBe(`/t/q255888/cause-7017-alias?case=${id}`);
    const back = m.getWizardState().cases[id]!;
    expect(back.flowId).toBe('q255888');
    expect(back.answers).toEqual(TO_7017);
    expect(back.earlier).toBeUndefined();
  });
});
