import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ExchangeRawPropertiesScreen } from './screen';
import { spec } from './spec';

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
    const { container } = render(
      <ExchangeRawPropertiesScreen displayName="Bruno Keller" directoryName="BKeller" selected="obj-dist-name" />,
    );
    expect(container.querySelector('input')?.value).toBe('/o=ACME/ou=HEADOFFICE/cn=Recipients/cn=BKeller');
  });

  it('nothing selected, nothing shown; the state schema refuses an attribute it does not draw', () => {
    const { container } = render(<ExchangeRawPropertiesScreen displayName="Bruno Keller" directoryName="BKeller" />);
    expect(container.querySelector('input')?.value).toBe('');
    const mailbox = { displayName: 'Bruno Keller', directoryName: 'BKeller' };
    expect(spec.state.safeParse({ ...mailbox, selected: 'mail-nickname' }).success).toBe(false);
    expect(spec.state.safeParse({ ...mailbox, directoryName: 'a/b' }).success).toBe(false);
    // The mailbox is the content's to give: the screen has none of its own.
    expect(spec.state.safeParse({}).success).toBe(false);
  });
});
