import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { FLOWS } from '@/content';
import { loadRevisions } from '@/content/load-revisions';
import type { Flow } from '@/content/schema';
import { walk } from '@/engine/walk';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';

import { formatDay } from '@/lib/format-day';

import { GuideRevision, RevisionNotice, changesSince } from './revision-notice';

/** The tiny flow at revision 3, where q2's option "y" was renamed "why" in revision 3. */
function updatedFlow(): Flow {
  const flow = tinyFlow();
  const q2 = flow.nodes.find((n) => n.id === 'q2');
  if (q2?.kind === 'question') q2.options[1] = { ...q2.options[1]!, id: 'why' };
  return {
    ...flow,
    revision: 3,
    revisionDate: '2026-03-01',
    revisions: [
      ...(flow.revisions ?? []),
      { revision: 2, date: '2026-02-01', changes: ['Second.'] },
      { revision: 3, date: '2026-03-01', changes: ['Third: **Y** is now called Why.'] },
    ],
  };
}

describe('RevisionNotice', () => {
  it('says nothing to a case on the current revision', () => {
    const flow = updatedFlow();
    const { container } = render(
      <RevisionNotice
        flow={flow}
        revision={3}
        walk={walk(flow, { entry: 'diagnose', answers: {} })}
        onAcknowledge={() => {}}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('tells a case begun on an older revision what changed since, names answers that no longer fit, and can be put away', async () => {
    const flow = updatedFlow();
    const acknowledge = vi.fn();
    // Answered on revision 1: q1 = a still fits, q2 = y no longer exists.
    const w = walk(flow, { entry: 'diagnose', answers: { q1: 'a', q2: 'y' } });
    render(<RevisionNotice flow={flow} revision={1} walk={w} onAcknowledge={acknowledge} />);
    const notice = screen.getByRole('region', { name: 'This guide was updated since you started' });
    expect(notice).toHaveTextContent('You began this case on revision 1; the guide is now at revision 3.');
    expect(notice).toHaveTextContent('One answer no longer fits and is asked again: Second.');
    expect(
      within(notice)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      `What changed in revision 2 (${formatDay('2026-02-01')})`,
      `What changed in revision 3 (${formatDay('2026-03-01')})`,
    ]);
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Second.', 'Third: Y is now called Why.']);
    await userEvent.click(within(notice).getByRole('button', { name: 'Got it, hide this' }));
    expect(acknowledge).toHaveBeenCalledOnce();
  });

  it('only the notes after the case’s revision', () => {
    const flow = updatedFlow();
    expect(changesSince(flow, flow.revisions!, 2).map((r) => r.revision)).toEqual([3]);
    expect(changesSince(flow, flow.revisions!, 0).map((r) => r.revision)).toEqual([1, 2, 3]);
  });

  it('a flow folder’s notes load from its revisions.ts, apart from the flow (a walk does not load them)', async () => {
    const { revisions: _inRegistry, ...asLoaded } = FLOWS.find((f) => f.id === 'q255888')!;
    expect(asLoaded).not.toHaveProperty('revisions');
    const w = walk(asLoaded, { entry: 'diagnose', answers: {} });
    render(<RevisionNotice flow={asLoaded} revision={1} walk={w} onAcknowledge={() => {}} />);
    const notice = screen.getByRole('region', { name: 'This guide was updated since you started' });
    expect(await within(notice).findAllByRole('heading', { level: 3 })).toHaveLength(asLoaded.revision - 1);
    expect(await loadRevisions(asLoaded)).toEqual(_inRegistry);
  });
});

describe('GuideRevision', () => {
  it('names the guide’s revision with its date, newest notes first', () => {
    render(<GuideRevision flow={updatedFlow()} />);
    const details = screen.getByTestId('guide-revision-notes');
    expect(details).toHaveTextContent(`Guide revision 3, ${formatDay('2026-03-01')}: what changed`);
    expect(
      within(details)
        .getAllByText(/^Revision \d/)
        .map((e) => e.textContent),
    ).toEqual([
      `Revision 3 (${formatDay('2026-03-01')})`,
      `Revision 2 (${formatDay('2026-02-01')})`,
      `Revision 1 (${formatDay('2026-01-01')})`,
    ]);
  });
});
