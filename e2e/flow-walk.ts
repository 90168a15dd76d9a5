import { type Locator, type Page, expect } from '@playwright/test';

import type { FlowPlan, PlanPage, PlanWalk } from '../src/testing/flow-plan-types.ts';
import { loadFlowPlans } from './flow-plan.mjs';
import { articleCard, heading, open, toNextStep } from './support.ts';

/**
 * Walking a flow by what its content says (src/testing/flow-plan.ts): no
 * article's words here. Every flow folder under src/content/flows/ has a
 * plan, read once when the specs are listed.
 */
export const FLOW_PLANS: readonly FlowPlan[] = await loadFlowPlans();

/** The plan of one flow (for specs about one article). */
export function planOf(id: string): FlowPlan {
  const plan = FLOW_PLANS.find((p) => p.id === id);
  if (!plan) throw new Error(`no flow ${id}`);
  return plan;
}

/** A flow's entry (its first, "diagnose from the symptoms", unless named). */
function entryOf(flowId: string, entryId?: string) {
  const plan = planOf(flowId);
  const entry = entryId ? plan.entries.find((e) => e.id === entryId) : plan.entries[0];
  if (!entry) throw new Error(`no entry ${entryId} in ${flowId}`);
  return { plan, entry };
}

/** The button of a flow's entry: on that flow's card on the start page, or within another part of a page. */
export function entryButton(where: Page | Locator, flowId: string, entryId?: string): Locator {
  const { plan, entry } = entryOf(flowId, entryId);
  const scope = 'goto' in where ? articleCard(where, plan.kb) : where;
  return scope.getByRole('button', { name: entry.label, exact: true });
}

/** The heading of the first page an entry of a flow opens (its first question). */
export function firstHeading(flowId: string, entryId?: string): string {
  return entryOf(flowId, entryId).entry.first;
}

/**
 * The questions a flow's matching walk answers before its diagnosis, with the answer it gives to each: the
 * article's symptoms, for specs that go through them on their way to something else.
 */
export function symptomAnswers(flowId: string): Array<Extract<PlanPage, { kind: 'question' }>> {
  const pages = planOf(flowId).matching.pages;
  const diagnosis = pages.findIndex((p) => p.kind === 'outcome');
  return pages.slice(0, diagnosis).filter((p): p is Extract<PlanPage, { kind: 'question' }> => p.kind === 'question');
}

/** The radio button of a question page's answer, by its option id. */
export function answerRadio(page: Page, p: Extract<PlanPage, { kind: 'question' }>): Locator {
  return page.getByTestId('options').locator(`input[type="radio"][value="${p.option}"]`);
}

/** Called on each page of a walk once its heading shows, before the walk acts on it. */
export type OnPage = (p: PlanPage, index: number) => Promise<void>;

/** The flow's card on the start page. */
export function card(page: Page, plan: FlowPlan): Locator {
  return articleCard(page, plan.kb);
}

/** From the start page (opened fresh), the card's entry button: the first page of the walk. */
export async function enter(page: Page, plan: FlowPlan, entry: PlanWalk['entry']): Promise<void> {
  await open(page);
  await card(page, plan).getByRole('button', { name: entry.label, exact: true }).click();
}

/** The page shows this step of the walk. */
export async function expectPage(page: Page, p: PlanPage): Promise<void> {
  await expect(heading(page), `${p.kind} ${p.node}`).toContainText(p.heading);
}

/** Acts on a page of a walk: answers its question, ticks its checklist, or follows its outcome on. */
export async function act(page: Page, p: PlanPage): Promise<void> {
  if (p.kind === 'question') {
    await answerRadio(page, p).check();
    await toNextStep(page, page.getByRole('button', { name: 'Continue', exact: true }));
  } else if (p.kind === 'step') {
    for (const check of p.checks) await page.locator(`[data-check="${check}"]`).check();
    await toNextStep(page, page.getByRole('button', { name: p.next, exact: true }));
  } else if (p.next) {
    await toNextStep(page, page.getByRole('button', { name: p.next, exact: true }));
  }
}

/** Does the pages of a walk from `from` on (the page at `from` showing), ending on its last page. */
export async function walkFrom(
  page: Page,
  walk: PlanWalk,
  from: number,
  onPage: OnPage = async () => {},
): Promise<void> {
  for (let i = from; i < walk.pages.length; i++) {
    const p = walk.pages[i]!;
    await expectPage(page, p);
    await onPage(p, i);
    if (i < walk.pages.length - 1) await act(page, p);
  }
}

/** A whole walk from the flow's card on the start page. */
export async function walk(page: Page, plan: FlowPlan, w: PlanWalk, onPage?: OnPage): Promise<void> {
  await enter(page, plan, w.entry);
  await walkFrom(page, w, 0, onPage);
}

const samePage = (a: PlanPage | undefined, b: PlanPage | undefined) =>
  !!a && !!b && a.node === b.node && (a.kind !== 'question' || (b.kind === 'question' && a.option === b.option));

/**
 * Walks several walks one after the other, sharing what they share: from the end of one, browser Back returns to
 * where the next one turns off (the wizard keeps the earlier answer shown, and a new answer takes the new path);
 * a walk from another entry starts again from the card. `onEnd` sees the last page of each.
 */
export async function walkAll(
  page: Page,
  plan: FlowPlan,
  walks: readonly PlanWalk[],
  onEnd: (w: PlanWalk) => Promise<void>,
  onPage?: OnPage,
): Promise<void> {
  let at: PlanWalk | undefined;
  for (const w of walks) {
    if (!at || at.entry.id !== w.entry.id) {
      // A new case from the card (starting clean: the case list is another spec's subject).
      await page.evaluate(() => localStorage.clear()).catch(() => {});
      await walk(page, plan, w, onPage);
    } else {
      let shared = 0;
      while (samePage(at.pages[shared], w.pages[shared])) shared++;
      shared = Math.min(shared, at.pages.length - 1, w.pages.length - 1);
      // Back to the page where this walk turns off (the page at `shared` is the same node, answered differently).
      for (let i = at.pages.length - 1; i > shared; i--) {
        await page.goBack();
        await expectPage(page, at.pages[i - 1]!);
      }
      await walkFrom(page, w, shared, onPage);
    }
    await onEnd(w);
    at = w;
  }
}
