import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { EXCHANGE_OBJECTS, type Role } from '../../exchange-permissions';
import { EXCHANGE_PROPERTIES_LABELS as L } from './labels';
import { EXPECTED, sorted } from '../../testing/expected-permissions';
import { ExchangePropertiesScreen } from './screen';

const ACCOUNT = 'ACMEDOM\\MigAdmin';

function renderWithRole(object: (typeof EXCHANGE_OBJECTS)[number], role: Role) {
  return render(
    <ExchangePropertiesScreen
      object={object}
      accounts={[{ account: ACCOUNT, role }]}
      selectedAccount={ACCOUNT}
      rolesOpen
    />,
  );
}

function checkedRights(): { checked: string[]; listed: string[] } {
  const rights = screen.getByRole('group', { name: L.rights });
  const boxes = within(rights).getAllByRole('checkbox') as HTMLInputElement[];
  const name = (b: HTMLInputElement) => b.closest('label')?.textContent ?? '';
  return { checked: boxes.filter((b) => b.checked).map(name), listed: boxes.map(name) };
}

describe('Properties dialog, Permissions tab (domain-facts §1.7)', () => {
  describe.each(EXCHANGE_OBJECTS)('%s', (object) => {
    it('the Roles list offers exactly the roles of this object', () => {
      renderWithRole(object, 'Admin');
      const list = screen.getByRole('listbox', { name: L.roles });
      const offered = within(list)
        .getAllByRole('option')
        .map((o) => o.textContent ?? '');
      expect(sorted(offered)).toEqual(sorted(Object.keys(EXPECTED[object])));
    });

    it.each(Object.entries(EXPECTED[object]))(
      'with %s chosen, the Rights list ticks exactly its rights',
      (role, rights) => {
        renderWithRole(object, role as Role);
        expect(screen.getByRole('combobox', { name: L.roles })).toHaveTextContent(role);
        const { checked, listed } = checkedRights();
        expect(sorted(checked)).toEqual(sorted(rights));
        // Every right that is not ticked is still listed, unticked.
        for (const r of rights) expect(listed).toContain(r);
      },
    );
  });

  it('shows the labels of the Permissions tab', () => {
    const { container } = renderWithRole('organization', 'Permissions Admin');
    expect(screen.getByText('Windows NT accounts with permissions')).toBeInTheDocument();
    // The title bar has its own Help (?) and Close buttons; look in the dialog body.
    const body = within(container.querySelector<HTMLElement>('[data-slot="win-window-body"]')!);
    for (const name of ['Add…', 'Remove', 'OK', 'Cancel', 'Apply', 'Help']) {
      expect(body.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('tab', { name: 'Permissions' })).toHaveAttribute('aria-selected', 'true');
  });

  it('lists each account with its role and selects the chosen one', () => {
    render(
      <ExchangePropertiesScreen
        object="site"
        accounts={[
          { account: 'ACMEDOM\\ExchService', role: 'Service Account Admin' },
          { account: ACCOUNT, role: 'Permissions Admin' },
        ]}
        selectedAccount={ACCOUNT}
      />,
    );
    const list = screen.getByRole('listbox', { name: L.accounts });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'ACMEDOM\\ExchServiceService Account Admin',
      'ACMEDOM\\MigAdminPermissions Admin',
    ]);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
  });

  it('hides the Rights list when "Display rights for roles on Permissions page" is off', () => {
    render(<ExchangePropertiesScreen object="organization" showRights={false} />);
    expect(screen.queryByRole('group', { name: L.rights })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: L.roles })).toBeInTheDocument();
  });

  it('titles the dialog "<object name> Properties"', () => {
    render(<ExchangePropertiesScreen object="configuration" />);
    expect(screen.getByText('Configuration Properties')).toBeInTheDocument();
  });

  it('marks the spotlit control and only that one', () => {
    const { container } = render(<ExchangePropertiesScreen object="organization" target="roles-list" />);
    const lit = container.querySelectorAll('[data-highlighted]');
    expect(lit).toHaveLength(1);
    expect(lit[0]).toHaveAttribute('data-target', 'roles-list');
  });
});
