import { describe, expect, it, vi } from 'vitest';

import { q186742Flow } from '@/content/flows/q186742';
import { q255888Flow } from '@/content/flows/q255888';

import { buildCaseReport, caseMarkdown, caseTicketText } from './case-report';
import { readSessionFile, sessionFileJson } from './session-file';

/** A fresh store (in memory: no localStorage in this project). */
async function fresh() {
  vi.resetModules();
  const store = await import('@/store');
  return { ...store, ...(await store.loadHandOver()) };
}

const TO_7017 = { 'app-log-event': 'other-event', 'which-event': 'event-7017', 'version-7017': 'ex50-55' };
/** Q186742's questions from where the hand-over opens to the second carried one (exchange-version). */
const TO_SECOND_CARRIED = {
  'existing-mailbox': 'yes',
  'alias-differs': 'different',
  'migration-method': 'two-step',
  'migrated-what': 'mail-and-pab',
};

/**
 * A Q255888 case at event 7017 (from a paste), handed over to Q186742 and answered there up to the second carried
 * question, which it goes past.
 */
async function pastTheSecondCarried() {
  const m = await fresh();
  const id = m.actions.startCase(q255888Flow);
  m.answerPasted(q255888Flow, id, TO_7017);
  m.handOverCase(q255888Flow, id, 'cause-7017-alias', q186742Flow);
  for (const [q, o] of Object.entries(TO_SECOND_CARRIED)) m.actions.answer(q186742Flow, id, q, o);
  return { m, id };
}

describe('the report of a case handed over between guides', () => {
  it('one trail across both guides: the ticket text, the Markdown and the hand-over file show the Q255888 part, then the Q186742 part', async () => {
    const m = await fresh();
    const id = m.actions.startCase(q255888Flow);
    m.answerPasted(q255888Flow, id, TO_7017);
    m.actions.setNote(q255888Flow, id, null, 'INC-7017');
    m.handOverCase(q255888Flow, id, 'cause-7017-alias', q186742Flow);
    m.actions.answer(q186742Flow, id, 'existing-mailbox', 'yes');
    const c = m.getWizardState().cases[id]!;
    const report = buildCaseReport(q186742Flow, c, new Map([['q255888', q255888Flow]]));
    const text = caseTicketText(report);
    const first = text.indexOf('=== Part 1 of 2, KB Q255888 ===');
    const second = text.indexOf('=== Part 2 of 2, KB Q186742 ===');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(text.slice(first, second)).toContain('Which migration error: Event ID 7017');
    expect(text.slice(first, second)).toContain('Continued in KB Q186742 from: Event 7017');
    expect(text.slice(second)).toContain('Existing Exchange mailbox');
    // The case note's first line names the whole case at the top, and the note is said once at the end, not per part.
    expect(text.startsWith('Case: INC-7017\n')).toBe(true);
    expect(text.match(/INC-7017/g)).toHaveLength(2);
    expect(text.endsWith('Case notes:\nINC-7017')).toBe(true);
    const md = caseMarkdown(report);
    expect(md.indexOf('## Part 1 of 2, KB Q255888')).toBeLessThan(md.indexOf('## Part 2 of 2, KB Q186742'));
    // Without the earlier guide's flow, the report is this guide's part alone.
    expect(caseTicketText(buildCaseReport(q186742Flow, c, new Map()))).not.toContain('Part 1');
    expect(md.match(/^# /gm)).toHaveLength(1);

    // The hand-over file carries both parts, and opens as one case again.
    const file = sessionFileJson(q186742Flow, c, Date.now());
    const read = readSessionFile(file, [q255888Flow, q186742Flow]);
    expect(read.ok && read.session.earlier?.[0]?.flowId).toBe('q255888');
    // A guide this app does not have drops that part, not the case.
    const alone = readSessionFile(file, [q186742Flow]);
    expect(alone.ok && alone.session.earlier).toBeUndefined();
  });
  it('says which answers came with the case from the guide before, in the ticket text and the Markdown; one changed by hand says so no more', async () => {
    const { m, id } = await pastTheSecondCarried();
    const flows = new Map([['q255888', q255888Flow]]);
    const text = caseTicketText(buildCaseReport(q186742Flow, m.getWizardState().cases[id]!, flows));
    const [first, second] = text.split('=== Part 2 of 2, KB Q186742 ===');
    expect(second).toContain('- Application log event: Event ID 7017');
    expect(second).toMatch(/^- Application log event: .* \(carried over from KB Q255888\)$/m);
    expect(second).toMatch(
      /^- Exchange Server version: Exchange Server 5\.0 or 5\.5 \(carried over from KB Q255888\)$/m,
    );
    expect(second).not.toMatch(/Existing Exchange mailbox: .*carried/);
    // The first part's own answers came from a pasted event there, and say that.
    expect(first).not.toContain('carried over');
    expect(first).toContain('(from the pasted event)');
    const md = caseMarkdown(buildCaseReport(q186742Flow, m.getWizardState().cases[id]!, flows));
    expect(md).toMatch(
      /\*\*Exchange Server version:\*\* Exchange Server 5\.0 or 5\.5 \(carried over from KB Q255888\)/,
    );

    // Changed by hand (back on that question), the answer is this guide's own: it says what it replaced.
    m.actions.answer(q186742Flow, id, 'exchange-version', 'not-sure');
    const changed = caseTicketText(buildCaseReport(q186742Flow, m.getWizardState().cases[id]!, flows));
    expect(changed).toMatch(
      /^- Exchange Server version: Not sure \(changed from “Exchange Server 5\.0 or 5\.5”, carried over from KB Q255888\) \(/m,
    );
    expect(changed).toMatch(/^- Application log event: .* \(carried over from KB Q255888\)$/m);
  });

  it('says what a changed carried answer was, beside what it is now, in the ticket text, the Markdown and the print view’s lines: the two parts never contradict each other unexplained', async () => {
    const { m, id } = await pastTheSecondCarried();
    m.actions.answer(q186742Flow, id, 'exchange-version', 'other');
    const flows = new Map([['q255888', q255888Flow]]);
    const report = buildCaseReport(q186742Flow, m.getWizardState().cases[id]!, flows);
    const SAYS =
      'Another version (for example Exchange Server 4.0) (changed from “Exchange Server 5.0 or 5.5”, carried over from KB Q255888)';
    // The print view draws each line's answer as it is here.
    expect(report.lines.find((l) => l.id === 'exchange-version')).toMatchObject({ kind: 'answer', answer: SAYS });
    const [first, second] = caseTicketText(report).split('=== Part 2 of 2, KB Q186742 ===');
    // Part 1 keeps its history as it was; part 2 says what it replaced.
    expect(first).toMatch(
      /^- Exchange Server version for event 7017: Exchange Server 5\.0 or 5\.5 \(from the pasted event\)/m,
    );
    expect(second).toContain(`- Exchange Server version: ${SAYS} (`);
    expect(caseMarkdown(report)).toContain(`**Exchange Server version:** ${SAYS}`);
    // Only a changed one: the answers given here (not carried) and the one still carried say nothing of it.
    expect(second).not.toMatch(/Existing Exchange mailbox: .*(changed|carried)/);
    expect(second).toMatch(/^- Application log event: .* \(carried over from KB Q255888\)$/m);

    // Changed back by hand to what was carried, it is the same answer as part 1's again: nothing to explain.
    m.actions.answer(q186742Flow, id, 'exchange-version', 'ex50-55');
    const back = caseTicketText(buildCaseReport(q186742Flow, m.getWizardState().cases[id]!, flows));
    expect(back).toMatch(/^- Exchange Server version: Exchange Server 5\.0 or 5\.5 \(\d/m);
    expect(back).not.toMatch(/Exchange Server version: .*(changed from|carried over)/);
  });

  it('reads what was carried off the part before and the guide’s `carry`, whatever the log holds (a case opened from an older link)', async () => {
    const m = await fresh();
    const id = m.actions.startCase(q255888Flow);
    m.answerPasted(q255888Flow, id, TO_7017);
    m.handOverCase(q255888Flow, id, 'cause-7017-alias', q186742Flow);
    const c = m.getWizardState().cases[id]!;
    const opened = {
      ...c,
      answers: { ...c.answers, ...TO_SECOND_CARRIED, 'exchange-version': 'not-sure' },
      log: [{ at: 1, type: 'share' as const }],
    };
    const text = caseTicketText(buildCaseReport(q186742Flow, opened, new Map([['q255888', q255888Flow]])));
    expect(text).toMatch(
      /^- Exchange Server version: Not sure \(changed from “Exchange Server 5\.0 or 5\.5”, carried over from KB Q255888\)$/m,
    );
    // Without the earlier guide, there is no part before to say it of.
    expect(caseTicketText(buildCaseReport(q186742Flow, opened, new Map()))).not.toContain('changed from');
  });
});
