import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ExchangeRawPropertiesScreen } from './exchange-raw-properties';
import { rawPropertiesState } from './state';

describe('ExchangeRawPropertiesScreen', () => {
  it('shows the selected attribute’s value under Attribute value and in Edit value', () => {
    const { container, getByText } = render(
      <ExchangeRawPropertiesScreen displayName="Bruno Keller" directoryName="BKeller" selected="directory-name" />,
    );
    expect(getByText('Bruno Keller Properties')).toBeInTheDocument();
    expect(container.querySelector('[data-target="attribute-value"]')?.textContent).toBe('BKeller');
    expect(container.querySelector('input')?.value).toBe('BKeller');
  });

  it('the distinguished name ends with the Directory Name', () => {
    const { container } = render(<ExchangeRawPropertiesScreen directoryName="BKeller" selected="obj-dist-name" />);
    expect(container.querySelector('input')?.value).toBe('/o=ACME/ou=HEADOFFICE/cn=Recipients/cn=BKeller');
  });

  it('nothing selected, nothing shown; the state schema refuses an attribute it does not draw', () => {
    const { container } = render(<ExchangeRawPropertiesScreen />);
    expect(container.querySelector('input')?.value).toBe('');
    expect(rawPropertiesState.safeParse({ selected: 'mail-nickname' }).success).toBe(false);
    expect(rawPropertiesState.safeParse({ directoryName: 'a/b' }).success).toBe(false);
  });
});
