import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import type { StepNode } from '@/content/schema';
import { trainerMoves } from '@/content/trainer-moves';

import { everyAction, moveInstruction, taskText, tidySentence } from './move-text';

describe('the trainer’s sentences', () => {
  it('put no full stop after a label that ends in an ellipsis, and leave every other full stop', () => {
    expect(tidySentence('Click **Add…**.')).toBe('Click **Add…**');
    expect(tidySentence('Choose **User** > **New User…**.')).toBe('Choose **User** > **New User…**');
    expect(tidySentence('Click **Add…**. In **Add Users and Groups**, pick it.')).toBe(
      'Click **Add…** In **Add Users and Groups**, pick it.',
    );
    expect(tidySentence('Type `C:\\…`. Then save.')).toBe('Type `C:\\…` Then save.');
    expect(tidySentence('Click **OK**. Wait…. Done.')).toBe('Click **OK**. Wait…. Done.');
  });

  it('no task, hint or caption of any flow says “….” after a label', () => {
    let checked = 0;
    for (const flow of FLOWS)
      for (const step of flow.nodes.filter((n): n is StepNode => n.kind === 'step'))
        for (const move of trainerMoves(step)) {
          for (const text of [taskText(step, move), moveInstruction(move)]) {
            expect(text, `${flow.id} › ${step.id} › ${move.index + 1}`).not.toMatch(/…(\*\*|`)\./);
            checked++;
          }
        }
    expect(checked).toBeGreaterThan(50);
  });

  it('count every action in words, “both” for two', () => {
    expect(everyAction(1)).toBe('the action');
    expect(everyAction(2)).toBe('both actions');
    expect(everyAction(13)).toBe('all 13 actions');
  });
});

describe('what each move did', () => {
  it('every move of Q255888 and Q186742 says it, so no feedback is a bare “Right.”', () => {
    for (const flow of FLOWS)
      for (const step of flow.nodes.filter((n): n is StepNode => n.kind === 'step'))
        for (const move of trainerMoves(step))
          expect(move.result, `${flow.id} › ${step.id} › move ${move.index + 1} (${move.target})`).toBeTruthy();
  });
});
