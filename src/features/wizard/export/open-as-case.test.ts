import { beforeEach, describe, expect, it } from 'vitest';

import { q186742Flow } from '@/content/flows/q186742';
import { q255888Flow as flow } from '@/content/flows/q255888';
import { stepForward } from '@/engine/walk';
import {
  answerPasted,
  caseActions,
  getWizardActionsForTests,
  getWizardState,
  loadHandOver,
  resetWizardStore,
} from '@/store';
import { carriedQuestions } from '@/features/wizard/provenance';

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

  it('a hand-over file opened after the same case’s share link gives that case the history the link left out', async () => {
    const act = getWizardActionsForTests();
    const id = act.startCase(flow);
    act.answer(flow, id, 'app-log-event', 'event-7044');
    const stored = getWizardState().cases[id]!;
    const json = sessionFileJson(flow, stored, Date.now());
    caseActions.remove(flow, id);
    // As its share link opens it: the same answers, without the log, started when the link was opened.
    const later = stored.startedAt + 60_000;
    caseActions.importCase(flow, { ...stored, log: [], startedAt: later, updatedAt: later }, 'share');
    const copy = Object.keys(getWizardState().cases)[0]!;
    await openAsCase(new File([json], 'case.json', { type: 'application/json' }));
    // Still one case, the same one, now with the file's start and log (not listed twice).
    expect(Object.keys(getWizardState().cases)).toEqual([copy]);
    const merged = getWizardState().cases[copy]!;
    expect(merged.startedAt).toBe(stored.startedAt);
    expect(merged.log.some((e) => e.type === 'answer' && e.node === 'app-log-event')).toBe(true);
    expect(getWizardState().notice).toMatchObject({ kind: 'opened', source: 'import', already: true, fuller: true });
    expect(noticeText(getWizardState().notice!)).toContain('now with that history');
    // Opened once more, it brings nothing new: the plain "open here already".
    await openAsCase(new File([json], 'case.json', { type: 'application/json' }));
    expect(getWizardState().notice).not.toHaveProperty('fuller');
  });

  it('keeps which answers a handed-over case came with: the case it opens does not ask them again either', async () => {
    const act = getWizardActionsForTests();
    const id = act.startCase(flow);
    answerPasted(flow, id, { 'app-log-event': 'other-event', 'which-event': 'event-7017', 'version-7017': 'ex50-55' });
    (await loadHandOver()).handOverCase(flow, id, 'cause-7017-alias', q186742Flow);
    act.answer(q186742Flow, id, 'existing-mailbox', 'yes');
    const json = sessionFileJson(q186742Flow, getWizardState().cases[id]!, Date.now());
    caseActions.remove(q186742Flow, id);

    expect((await openAsCase(new File([json], 'case.json', { type: 'application/json' }))).ok).toBe(true);
    const [caseId] = Object.keys(getWizardState().cases) as [string];
    expect(getWizardState().cases[caseId]?.earlier?.[0]?.flowId).toBe('q255888');
    const opened = getWizardState().cases[caseId]!;
    expect(carriedQuestions(opened.answers, opened.log)).toEqual(['app-log-event', 'exchange-version']);
    // Answered there up to the Exchange version, a step forward goes past it, as in the case the file was made from.
    for (const [q, o] of Object.entries({
      'alias-differs': 'different',
      'migration-method': 'two-step',
      'migrated-what': 'mail-and-pab',
    }))
      act.answer(q186742Flow, caseId, q, o);
    const now = getWizardState().cases[caseId]!;
    expect(stepForward(q186742Flow, now, 'exchange-version', carriedQuestions(now.answers, now.log))).toBe(
      'source-system',
    );
  });
});
