/**
 * The flows' plans for the generated end-to-end tests (src/testing/flow-plan.ts), loaded in Node through Vite's
 * module runner: the flows are found as the app finds them (import.meta.glob over src/content/flows/). Plain
 * JavaScript, so Playwright's specs and scripts/bench.mjs can both use it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { runnerImport } from 'vite';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** @returns {Promise<import('../src/testing/flow-plan-types.ts').FlowPlan[]>} */
export async function loadFlowPlans() {
  // Vite's config resolution sets NODE_ENV=development in this process when it is unset; a build started from
  // here afterwards (scripts/bench.mjs) would then bundle React's development build. Leave it as it was.
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { module } = await runnerImport(join(SRC, 'testing', 'flow-plan.ts'), {
      configFile: false,
      logLevel: 'error',
      resolve: { alias: { '@': SRC } },
    });
    return module.FLOW_PLANS;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
