import { beforeEach, describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';
import { caseActions, getWizardActionsForTests, getWizardState, resetWizardStore } from '@/store';

import { noticeText } from '../notice-text';
import { openAsCase } from './open-as-case';
import { sessionFileJson } from './session-file';

describe('opening a hand-over file', () => {
  beforeEach(() => {
    localStorage.clear();
    resetWizardStore();
  });

  it('opens it as a new case, and the same case a second time goes to that case instead of a copy', async () => {
    const act = getWizardActionsForTests();
    const id = act.startCase(flow);
    act.setNote(flow, id, null, 'INC-4711 Carla Moreau');
    act.answer(flow, id, 'app-log-event', 'event-7044');
    const json = sessionFileJson(flow, getWizardState().cases[id]!, Date.now());
    caseActions.remove(flow, id);
    const file = () => new File([json], 'case.json', { type: 'application/json' });

    const first = await openAsCase(file());
    expect(first.ok).toBe(true);
    const ids = Object.keys(getWizardState().cases);
    expect(ids).toHaveLength(1);
    expect(getWizardState().notice).toMatchObject({ kind: 'opened', source: 'import' });
    expect(getWizardState().notice).not.toHaveProperty('already');
    const second = await openAsCase(file());
    expect(second).toEqual(first);
    expect(Object.keys(getWizardState().cases)).toEqual(ids);
    // And says so: no copy was made.
    expect(getWizardState().notice).toMatchObject({ kind: 'opened', source: 'import', already: true });
    expect(noticeText(getWizardState().notice!)).toContain('open here already');
    // Changed since (a note added here), it is another case: opened beside it.
    act.setNote(flow, ids[0]!, null, 'INC-4711 Carla Moreau, called back');
    await openAsCase(file());
    expect(Object.keys(getWizardState().cases)).toHaveLength(2);
  });
});
