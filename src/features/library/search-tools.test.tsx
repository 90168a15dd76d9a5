import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { CATALOG } from '@/content/catalog';

import { why } from './search-tools';

describe('why a guide matched', () => {
  it('quotes a cause or an event that quotes a message the nested way, as the rest of the app does', () => {
    render(
      <>
        {why({
          flow: CATALOG[0]!,
          events: [{ id: 7044, text: 'Internal failure communicating with MAPI Spooler' }],
          names: [
            { kind: 'other', text: '“Invalid server specified”: the logged-on account has no Exchange permissions' },
          ],
        })}
      </>,
    );
    expect(screen.getByTestId('search-why')).toHaveTextContent(
      'Knows event 7044: “Internal failure communicating with MAPI Spooler”',
    );
    expect(screen.getByTestId('search-why-name')).toHaveTextContent(
      'Also tells apart: “‘Invalid server specified’: the logged-on account has no Exchange permissions”',
    );
  });
});
