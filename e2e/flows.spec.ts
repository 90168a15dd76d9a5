import { type Page, expect, test } from '@playwright/test';

import type { PlanPage, PlanTrainerStep } from '../src/testing/flow-plan-types.ts';
import { FLOW_PLANS, card, enter, expectPage, walk, walkAll } from './flow-walk.ts';
import { expectNoAxeViolations, heading, open } from './support.ts';

/**
 * Generated from every flow's content (src/testing/flow-plan.ts): for each
 * flow folder under src/content/flows/, its matching walk from its card on
 * the start page to the end, every outcome, its evidence rules' pastes and
 * its trainer moves in Let me try. A new flow folder is tested here with no
 * e2e code. Axe scans each kind of page once per flow.
 */

const OPERABLE = 'button, input, textarea, [tabindex]';

const kindOf = (p: PlanPage) => (p.kind === 'outcome' ? `outcome (${p.type})` : p.kind);

/** Let me try on the step shown: every move of it, in order, on the mockup. */
async function tryMoves(page: Page, step: PlanTrainerStep, scan: boolean): Promise<void> {
  const bar = page.getByTestId('trainer-bar');
  await bar.getByRole('button', { name: 'Let me try', exact: true }).click();
  await expect(bar.getByRole('button', { name: 'Let me try', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const frame = page.getByTestId('practice-frame');
  for (const [i, move] of step.moves.entries()) {
    await expect(page.getByTestId('practice-position'), `${step.node}, move ${i + 1}`).toContainText(`Action ${i + 1} of ${step.moves.length}`);
    if (scan && i === 0) await expectNoAxeViolations(page, `Let me try on ${step.node}`);
    // The control, or its operable part (a list's row, a drop-down's field), as src/features/trainer/trainer-moves.test.tsx
    // does: a text field is typed in, anything else clicked.
    const control = frame.locator(`[data-target="${move.target}"]`);
    const operable = (await control.evaluate((el, selector) => el.matches(selector), OPERABLE)) ? control : control.locator(OPERABLE).first();
    if (await operable.evaluate((el) => el.matches('input[type="text"], textarea'))) await operable.press('x');
    else await operable.click();
  }
  await expect(page.getByTestId('try-summary'), step.node).toContainText('Wrong actions on the way: 0.');
  await bar.getByRole('button', { name: 'Guide', exact: true }).click();
}

for (const plan of FLOW_PLANS) {
  const last = plan.matching.pages.at(-1)!;
  const trainerOn = new Map(plan.trainer.map((t) => [t.node, t]));
  const onMatching = new Set(plan.matching.pages.map((p) => p.node));
  const matchingKinds = new Set(plan.matching.pages.map(kindOf));

  test.describe(`${plan.kb} (flow ${plan.id}), from its card on the start page`, () => {
    test(`the matching walk (${plan.matchingFrom}, ${plan.matching.pages.length} pages) ends at “${last.heading}”; Let me try does every fix step's moves; axe-clean on each kind of page`, async ({
      page,
    }) => {
      await open(page);
      await expect(card(page, plan).getByRole('heading', { level: 2 })).toHaveText(plan.title);
      await expectNoAxeViolations(page, 'start page');
      const scanned = new Set<string>();
      let tried = false;
      await walk(page, plan, plan.matching, async (p) => {
        if (!scanned.has(kindOf(p))) {
          scanned.add(kindOf(p));
          await expectNoAxeViolations(page, `${kindOf(p)} ${p.node}`);
        }
        const moves = trainerOn.get(p.node);
        if (moves) {
          await tryMoves(page, moves, !tried);
          tried = true;
        }
      });
    });

    test(`every outcome (${plan.outcomes.length}) is reached from the card, axe-clean on each kind of outcome`, async ({ page }) => {
      const scanned = new Set(matchingKinds);
      const reached: string[] = [];
      await walkAll(page, plan, plan.outcomes, async (w) => {
        const end = w.pages.at(-1)!;
        reached.push(end.node);
        if (!scanned.has(kindOf(end))) {
          scanned.add(kindOf(end));
          await expectNoAxeViolations(page, `${kindOf(end)} ${end.node}`);
        }
      });
      expect(reached).toHaveLength(plan.outcomes.length);
    });

    const offPath = plan.trainer.filter((t) => !onMatching.has(t.node));
    if (offPath.length) {
      test(`Let me try on the fix steps off the matching walk (${offPath.map((t) => t.node).join(', ')})`, async ({ page }) => {
        for (const step of offPath) {
          const to = plan.stepWalks[step.node]!;
          await walk(page, plan, to);
          await tryMoves(page, step, false);
        }
      });
    }

    for (const rule of plan.evidence) {
      test(`pasting evidence for “${rule.label}” (${rule.sampleFrom}) fills ${rule.answers.length} answer${rule.answers.length === 1 ? '' : 's'}`, async ({
        page,
      }) => {
        await enter(page, plan, rule.entry);
        await expectPage(page, rule.first);
        const box = page.getByTestId('evidence-paste');
        await box.getByLabel('Event text').fill(rule.sample);
        await box.getByRole('button', { name: 'Read event' }).click();
        for (const a of rule.answers) await expect(box.getByLabel(a.title, { exact: true }), a.question).toHaveValue(a.option);
        await box.getByRole('button', { name: /^Fill in th/ }).click();
        // The questions it settled are not asked.
        const settled = rule.answers.map((a) => a.heading);
        await expect(heading(page)).not.toHaveText(rule.first.heading);
        for (const h of settled) await expect(heading(page)).not.toHaveText(h);
      });
    }
  });
}
