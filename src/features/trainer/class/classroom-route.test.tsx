import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';

import { Component as ClassroomPage } from './classroom-route';

describe('the classroom page', () => {
  it('names each guide by its KB id and the article’s own title, as the other trainer pages do, its symptom below', () => {
    render(
      <MemoryRouter>
        <ClassroomPage />
      </MemoryRouter>,
    );
    for (const flow of FLOWS) {
      const heading = screen.getByRole('heading', { level: 2, name: `KB ${flow.kb.id}: ${flow.kb.title}` });
      const section = heading.closest('section')!;
      expect(section.querySelector('[data-testid="guide-symptom"]')?.textContent).toBe(
        `What it looks like: ${flow.title}.`,
      );
    }
    screen.getByRole('heading', { name: 'KB Q255888: XFOR: Migration from MS Mail to Exchange Server Does Not Work' });
  });
});
