/**
 * Rule `handover`: every cross-flow link (an outcome's `continues`) names a
 * flow and a node that exist, opens the other flow where one of its ways in
 * starts, and carries answers that exist in both flows: a question of this
 * flow asked on some route to the outcome, mapped option by option to a
 * question of the other flow. Checked over all flows at once (validate-content.ts).
 */
import { allRoutes, indexNodes } from '@/engine/graph';

import type { Flow } from '@/content/schema';

/** A problem, in validate-content.ts's shape (rule `handover`); declared here so neither file imports the other twice. */
export type HandoverIssue = {
  readonly flowId: string;
  readonly path: string;
  readonly rule: 'handover';
  readonly message: string;
};

export function checkHandovers(flows: readonly Flow[]): HandoverIssue[] {
  const issues: HandoverIssue[] = [];
  const byId = new Map(flows.map((f) => [f.id, f]));
  for (const flow of flows) {
    const nodes = indexNodes(flow);
    flow.nodes.forEach((outcome, i) => {
      if (outcome.kind !== 'outcome' || !outcome.continues) return;
      const c = outcome.continues;
      const at = `nodes[${i}] (${outcome.id}) › continues`;
      const add = (path: string, message: string) =>
        issues.push({ flowId: flow.id, path: `${at}${path}`, rule: 'handover', message });
      const target = byId.get(c.flow);
      if (c.flow === flow.id) return add('.flow', 'an outcome cannot hand the case over to its own flow');
      if (!target) return add('.flow', `no flow "${c.flow}" to continue in`);
      const targetNodes = indexNodes(target);
      if (!targetNodes.has(c.node)) add('.node', `flow "${c.flow}" has no node "${c.node}"`);
      else if (!target.entries.some((e) => e.start === c.node)) {
        add('.node', `"${c.node}" is not where a way in of flow "${c.flow}" starts`);
      }
      // Questions asked on some route that reaches this outcome.
      const asked = new Set<string>();
      for (const entry of flow.entries) {
        for (const route of allRoutes(flow, entry.start)) {
          if (route.some((s) => s.node === outcome.id)) for (const s of route) if (s.choice) asked.add(s.node);
        }
      }
      const seenTo = new Set<string>();
      c.carry.forEach((carry, k) => {
        const here = `.carry[${k}]`;
        const from = nodes.get(carry.from);
        const to = targetNodes.get(carry.to);
        if (from?.kind !== 'question') add(`${here}.from`, `"${carry.from}" is not a question of flow "${flow.id}"`);
        else if (!asked.has(from.id))
          add(`${here}.from`, `"${carry.from}" is never asked on a route to "${outcome.id}"`);
        if (to?.kind !== 'question') add(`${here}.to`, `"${carry.to}" is not a question of flow "${c.flow}"`);
        if (seenTo.has(carry.to)) add(`${here}.to`, `"${carry.to}" is carried into more than once`);
        seenTo.add(carry.to);
        if (!Object.keys(carry.options).length) add(`${here}.options`, 'carries no option');
        for (const [mine, theirs] of Object.entries(carry.options)) {
          if (from?.kind === 'question' && !from.options.some((o) => o.id === mine)) {
            add(`${here}.options`, `"${carry.from}" has no option "${mine}"`);
          }
          if (from?.kind === 'question' && from.options.find((o) => o.id === mine)?.unsure) {
            add(`${here}.options`, `"${mine}" is a "Not sure" answer: an unsure answer is not carried`);
          }
          const option = to?.kind === 'question' ? to.options.find((o) => o.id === theirs) : undefined;
          if (to?.kind === 'question' && !option)
            add(`${here}.options`, `"${carry.to}" in flow "${c.flow}" has no option "${theirs}"`);
          if (option?.unsure) add(`${here}.options`, `"${theirs}" in flow "${c.flow}" is a "Not sure" answer`);
        }
      });
    });
  }
  return issues;
}
