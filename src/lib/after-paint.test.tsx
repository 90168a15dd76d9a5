import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { holdAnimationFrames } from '@/testing/held-frames';

import { AfterPaint, DeferBelowTheFold } from './after-paint';

afterEach(() => vi.unstubAllGlobals());

function Step() {
  return (
    <>
      <h1>Top of the step</h1>
      <AfterPaint>
        <p>Below the fold</p>
      </AfterPaint>
    </>
  );
}

describe('AfterPaint', () => {
  it('draws its part at once where deferring is not allowed (a reload, Back, anywhere else)', () => {
    holdAnimationFrames();
    render(<Step />);
    expect(screen.getByText('Below the fold')).toBeInTheDocument();
  });

  it('for a step reached by a click, draws its part once the first frame is painted', async () => {
    const frames = holdAnimationFrames();
    render(
      <DeferBelowTheFold value={true}>
        <Step />
      </DeferBelowTheFold>,
    );
    expect(screen.getByRole('heading', { name: 'Top of the step' })).toBeInTheDocument();
    expect(screen.queryByText('Below the fold')).not.toBeInTheDocument(); // the frame has not been painted yet
    await act(async () => frames.shift()!(0));
    expect(await screen.findByText('Below the fold')).toBeInTheDocument();
  });

  it('stays drawn when deferring is switched off afterwards (the URL caught up)', async () => {
    const frames = holdAnimationFrames();
    const { rerender } = render(
      <DeferBelowTheFold value={true}>
        <Step />
      </DeferBelowTheFold>,
    );
    await act(async () => frames.shift()!(0));
    await screen.findByText('Below the fold');
    rerender(
      <DeferBelowTheFold value={false}>
        <Step />
      </DeferBelowTheFold>,
    );
    expect(screen.getByText('Below the fold')).toBeInTheDocument();
  });
});
