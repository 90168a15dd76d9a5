import { gzipSync } from 'node:zlib';

import { type Page, expect, test } from '@playwright/test';

import type { PlanPage, PlanTrainerStep } from '../src/testing/flow-plan-types.ts';
import { FLOW_PLANS, card, enter, expectPage, walkAll } from './flow-walk.ts';
import { expectNoAxeViolations, heading, open } from './support.ts';

/**
 * Generated from every flow's content (src/testing/flow-plan.ts): for each
 * flow folder under src/content/flows/, from its card on the start page, its
 * matching walk to the end, every outcome, its evidence rules' pastes and
 * its trainer moves in Let me try. A new flow folder is tested here with no
 * e2e code. Axe scans each kind of page once per flow.
 */

/**
 * The JavaScript a whole matching walk may cost, in gzip bytes (the same count as `npm run bench`'s "walk" figure:
 * every script fetched from the start page to the end, at the benchmark's window size). A byte budget, not a
 * timing: it fails when a walk grows past its target unnoticed.
 */
const WALK_BUDGET_KB = 160;

const OPERABLE = 'button, input, textarea, [tabindex]';

const kindOf = (p: PlanPage) => (p.kind === 'outcome' ? `outcome (${p.type})` : p.kind);

/** Let me try on the step shown (its trainer open in that mode): every move of it, in order, on the mockup. */
async function tryMoves(page: Page, step: PlanTrainerStep, scan: boolean): Promise<void> {
  const bar = page.getByTestId('trainer-bar');
  await expect(bar.getByRole('button', { name: 'Let me try', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const frame = page.getByTestId('practice-frame');
  for (const [i, move] of step.moves.entries()) {
    await expect(page.getByTestId('practice-position'), `${step.node}, move ${i + 1}`).toContainText(
      `Action ${i + 1} of ${step.moves.length}`,
    );
    if (scan && i === 0) await expectNoAxeViolations(page, `Let me try on ${step.node}`);
    // The control, or its operable part (a list's row, a drop-down's field), as src/features/trainer/trainer-moves.test.tsx
    // does: a text field is typed in, anything else clicked.
    const control = frame.locator(`[data-target="${move.target}"]`);
    const operable = (await control.evaluate((el, selector) => el.matches(selector), OPERABLE))
      ? control
      : control.locator(OPERABLE).first();
    // A move done by what is left on the screen (Let me try checks it, practice-reactions.ts): a box is typed in
    // with every empty box of its window (the same in both password boxes); an item of a list that takes several
    // is chosen with a second one.
    if (await operable.evaluate((el) => el.matches('input[type="text"], textarea'))) {
      for (const box of await frame.locator('input[type="text"], textarea').all())
        if (!(await box.inputValue())) await box.pressSequentially('xy');
    } else if (await operable.evaluate((el) => !!el.closest('[aria-multiselectable="true"]'))) {
      const options = operable.locator('xpath=ancestor::*[@role="listbox"][1]').getByRole('option');
      await options.nth(0).click();
      await options.nth(1).click();
    } else await operable.click();
  }
  await expect(page.getByTestId('try-summary'), step.node).toContainText('Wrong actions on the way: 0.');
}

for (const plan of FLOW_PLANS) {
  const last = plan.matching.pages.at(-1)!;
  const fixSteps = plan.longestFix.pages.filter((p) => p.kind === 'step').length;
  const matchingKinds = new Set(plan.matching.pages.map(kindOf));

  test.describe(`${plan.kb} (flow ${plan.id}), from its card on the start page`, () => {
    test.describe(() => {
      test.use({ viewport: { width: 1280, height: 900 } });
      test(`the matching walk (${plan.matchingFrom}, ${plan.matching.pages.length} pages) ends at “${last.heading}”, and through all ${fixSteps} fix steps: axe-clean on each kind of page, only same-origin requests, no CSP violation, at most ${WALK_BUDGET_KB} KB of JavaScript (gzip)`, async ({
        page,
        baseURL,
        request,
      }) => {
        const origin = new URL(baseURL!).origin;
        const requests: string[] = [];
        // The scripts the page fetched; their bytes are fetched again from the server at the end (the browser may
        // drop a response's body once it has run it, so reading it back from the page is a race).
        const scripts = new Set<string>();
        page.on('request', (r) => {
          requests.push(r.url());
          if (r.resourceType() === 'script') scripts.add(r.url());
        });
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { __csp: string[] }).__csp = seen;
          document.addEventListener('securitypolicyviolation', (e) =>
            seen.push(`${e.violatedDirective} ${e.blockedURI}`),
          );
        });

        await open(page);
        await expect(card(page, plan).getByRole('heading', { level: 3 })).toHaveText(plan.title);
        await expectNoAxeViolations(page, 'start page');
        const scanned = new Set<string>();
        // The article's own path, then (where it differs) the route through every fix step, which the walk budget
        // and `npm run bench` count.
        const same = plan.longestFix.pages.map((p) => p.node).join() === plan.matching.pages.map((p) => p.node).join();
        const walks = same ? [plan.matching] : [plan.matching, plan.longestFix];
        await walkAll(
          page,
          plan,
          walks,
          async () => {},
          async (p) => {
            // Each step of a case has its own address: the flow, the step, the case.
            await expect(page).toHaveURL(new RegExp(`/t/${plan.id}/${p.node}\\?case=[A-Za-z0-9_-]+$`));
            if (p.kind !== 'question')
              await expect(page.getByTestId('source').filter({ hasText: p.source }).first()).toBeVisible();
            if (!scanned.has(kindOf(p))) {
              scanned.add(kindOf(p));
              await expectNoAxeViolations(page, `${kindOf(p)} ${p.node}`);
            }
          },
        );
        await page.waitForLoadState('networkidle');

        expect(
          requests.filter((u) => !u.startsWith(`${origin}/`)),
          'requests to another origin or data: URLs',
        ).toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), 'CSP violations').toEqual(
          [],
        );
        // A walk never loads the trainer moves (a flow folder's trainer-moves.ts): only the trainer's pages do.
        expect(
          [...scripts].filter((u) => /\/trainer-moves-[^/]*\.js$/.test(u)),
          'trainer moves fetched on a walk',
        ).toEqual([]);
        const sizes = await Promise.all(
          [...scripts].map(async (url) => gzipSync(await (await request.get(url)).body(), { level: 6 }).length),
        );
        const bytes = sizes.reduce((a, b) => a + b, 0);
        const kb = bytes / 1024;
        test.info().annotations.push({
          type: 'walk JavaScript',
          // The bytes too: how much room is left under the budget, which one decimal of KB does not tell.
          description: `${kb.toFixed(1)} KB gzip (${bytes} bytes) in ${sizes.length} files`,
        });
        expect(kb, `walk JavaScript ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(WALK_BUDGET_KB);
      });
    });

    test(`every outcome (${plan.outcomes.length}) is reached, axe-clean on each kind of outcome`, async ({ page }) => {
      const scanned = new Set(matchingKinds);
      const reached: string[] = [];
      await walkAll(page, plan, plan.outcomes, async (w) => {
        const end = w.pages.at(-1)!;
        reached.push(end.node);
        // An answer quoted in the verdict that quotes a message itself nests its quotes the other way (‘…’ inside “…”).
        for (const line of await page.getByTestId('verdict').locator('li').allTextContents())
          expect(line, `${end.node}: ${line}`).not.toMatch(/“[^”]*“/);
        if (!scanned.has(kindOf(end))) {
          scanned.add(kindOf(end));
          await expectNoAxeViolations(page, `${kindOf(end)} ${end.node}`);
        }
      });
      expect(reached).toHaveLength(plan.outcomes.length);
    });

    if (plan.trainer.length) {
      test(`Let me try (?mode=try) does every move of its ${plan.trainer.length} fix steps with practice`, async ({
        page,
      }) => {
        for (const [i, step] of plan.trainer.entries()) {
          await open(page, `t/${plan.id}/${step.node}?mode=try`);
          await expectPage(page, {
            kind: 'step',
            node: step.node,
            heading: step.heading,
            checks: [],
            next: '',
            source: '',
          });
          await tryMoves(page, step, i === 0);
        }
      });
    }

    if (plan.evidence.length) {
      test(`pasted evidence for each of its ${plan.evidence.length} evidence rules fills that rule's answers`, async ({
        page,
      }) => {
        for (const rule of plan.evidence) {
          const what = `${rule.rule} (${rule.sampleFrom})`;
          await page.evaluate(() => localStorage.clear()).catch(() => {});
          await enter(page, plan, rule.entry);
          await expectPage(page, rule.first);
          const box = page.getByTestId('evidence-paste');
          await box.getByLabel('Event text').fill(rule.sample);
          await box.getByRole('button', { name: 'Read event' }).click();
          for (const a of rule.answers)
            await expect(box.getByLabel(a.title, { exact: true }), `${what}: ${a.question}`).toHaveValue(a.option);
          // Where it came from, ending with one full stop (a rule's label may end with a quoted message's own).
          for (const from of await box.getByText(/^From: /).allTextContents()) {
            expect(from, what).toMatch(/[.!?][”’"')]*$/);
            expect(from, what).not.toMatch(/[.!?][”’"')]*\.$/);
          }
          await box.getByRole('button', { name: /^Fill in th/ }).click();
          // The questions it settled are not asked.
          await expect(heading(page), what).not.toHaveText(rule.first.heading);
          for (const a of rule.answers) await expect(heading(page), what).not.toHaveText(a.heading);
        }
      });
    }
  });
}
