/**
 * Every flow, loaded on demand, for the few pages that need them all: the
 * statistics (which name outcomes of every article) and reading a hand-over
 * file. Apart from ./load-flow.ts, so a walk's code does not carry it.
 */
import { looksLikeFlow } from './looks-like-flow';
import type { Flow } from './schema';

const LOADERS = import.meta.glob<unknown>(['./flows/*.ts', './flows/*/index.ts', '!./flows/*.test.ts'], {
  import: 'default',
});

/** Every flow, in file order. */
export async function loadAllFlows(): Promise<Flow[]> {
  const modules = await Promise.all(
    Object.keys(LOADERS)
      .sort()
      .map((file) => LOADERS[file]!()),
  );
  return modules.filter(looksLikeFlow);
}
