import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { FLOWS, PRACTICE } from '@/content';
import type { Flow } from '@/content/schema';

import { practisedFlow, usePractisedFlow } from './practised-flow';
import { PracticeUnavailable } from './trainer-panel';

const loadPractice = vi.hoisted(() => vi.fn());
vi.mock('@/content/load-practice', () => ({ loadPractice }));

afterEach(() => {
  cleanup();
  loadPractice.mockReset();
});

/** A flow as a walk loads it: without its trainer moves. */
function bare(id: string): Flow {
  const flow = FLOWS.find((f) => f.id === id)!;
  return {
    ...flow,
    nodes: flow.nodes.map((n) =>
      n.kind === 'step' ? { ...n, actions: n.actions.map(({ practice: _moves, ...a }) => a) } : n,
    ),
  };
}

const moves = (f: Flow | undefined) =>
  f?.nodes.flatMap((n) => (n.kind === 'step' ? n.actions.flatMap((a) => a.practice ?? []) : [])).length ?? 0;

function Probe({ flow }: { flow: Flow }) {
  const { flow: practised, failed, retry } = usePractisedFlow(flow);
  if (failed) return <PracticeUnavailable retry={retry} />;
  return <p>{practised ? `moves ${moves(practised)}` : 'loading'}</p>;
}

describe('practisedFlow', () => {
  it('puts the moves in once per flow, and knows the flow it made', async () => {
    const flow = bare('q255888');
    loadPractice.mockResolvedValue(PRACTICE.q255888);
    const practised = await practisedFlow(flow);
    expect(moves(flow)).toBe(0);
    expect(moves(practised)).toBeGreaterThan(20);
    expect(await practisedFlow(flow)).toBe(practised);
    // A page given the flow with its moves (presenter mode's loader) needs nothing loaded again.
    expect(await practisedFlow(practised)).toBe(practised);
    expect(loadPractice).toHaveBeenCalledTimes(1);
  });
});

describe('usePractisedFlow', () => {
  it('says when the moves cannot be loaded, and tries again when asked', async () => {
    const flow = bare('q186742');
    loadPractice.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    render(<Probe flow={flow} />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('The practice could not be loaded');
    loadPractice.mockResolvedValue(PRACTICE.q186742);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/^moves \d+$/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(loadPractice).toHaveBeenCalledTimes(2);
  });

  it('draws at once a flow whose moves are in', async () => {
    const flow = bare('q186742');
    loadPractice.mockResolvedValue(PRACTICE.q186742);
    await act(() => practisedFlow(flow).then(() => undefined));
    render(<Probe flow={flow} />);
    expect(screen.getByText(/^moves \d+$/)).toBeInTheDocument();
  });
});
