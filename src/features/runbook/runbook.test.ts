import { describe, expect, it } from 'vitest';

import { getFlow } from '@/content';
import { indexNodes } from '@/engine/graph';

import { fixDiagnosis, runbookParts } from './runbook';

const flow = getFlow('q255888')!;

describe('the Q255888 fix as a runbook', () => {
  const diagnosis = fixDiagnosis(flow)!;
  const parts = runbookParts(flow, diagnosis.id);
  const ids = parts.map((p) => p.node.id);

  it('starts from the diagnosis that leads into the fix', () => {
    expect(diagnosis.id).toBe('diagnosis-q255888');
    expect(ids[0]).toBe('fix-account');
  });

  it('has every fix step once, numbered in order, each after everything that leads to it', () => {
    const steps = parts.filter((p) => p.kind === 'step');
    expect(steps.map((p) => p.node.id)).toEqual([
      'create-account',
      'grant-organization',
      'grant-site',
      'grant-configuration',
      'fix-log-on',
    ]);
    expect(steps.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    const nodes = indexNodes(flow);
    for (const [i, id] of ids.entries()) {
      const before = new Set(ids.slice(0, i));
      for (const other of ids.slice(i + 1)) {
        const n = nodes.get(other)!;
        const leadsBack = n.kind === 'question' ? n.options.some((o) => o.next === id) : 'next' in n && n.next === id;
        expect(leadsBack, `${other} leads to ${id} but comes after it`).toBe(false);
      }
      expect(before.has(id)).toBe(false);
    }
  });

  it('says where each answer of a decision goes', () => {
    const account = parts.find((p) => p.node.id === 'fix-account');
    expect(account?.kind).toBe('decision');
    if (account?.kind !== 'decision') return;
    expect(account.options.map((o) => o.to)).toEqual([
      { kind: 'step', number: 5, title: 'Log on as that account and migrate several users again' },
      { kind: 'step', number: 2, title: 'Grant Permissions Admin on the Organization object' },
      { kind: 'step', number: 1, title: 'Create a Windows NT account in User Manager for Domains' },
    ]);
  });

  it('ends with the outcomes the fix can reach', () => {
    expect(parts.filter((p) => p.kind === 'end').length).toBeGreaterThan(0);
    expect(parts.at(-1)?.kind).toBe('end');
  });

  it('prefers the diagnosis on the path walked', () => {
    const other = { ...diagnosis, id: 'other-diagnosis' };
    expect(fixDiagnosis(flow, [other])?.id).toBe('other-diagnosis');
  });
});
