import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { AddUsersGroupsScreen } from './screens/add-users-groups/screen';
import { ExchangeAdminScreen } from './screens/exchange-admin/screen';
import { ExchangePropertiesScreen } from './screens/exchange-properties/screen';
import { NotepadCsvScreen } from './screens/notepad-csv/screen';

/**
 * The same screens become operable when given `interactive` and report
 * activations by target id, with the item's key when it has one.
 */
describe('screens in interactive mode', () => {
  it('are not operable by default: no control is in the tab order', () => {
    const { container } = render(<ExchangePropertiesScreen object="organization" />);
    const tabbable = [...container.querySelectorAll<HTMLElement>('button, input, textarea, [tabindex]')].filter(
      (el) => el.tabIndex >= 0,
    );
    expect(tabbable).toEqual([]);
  });

  it('report the target id of an activated control, by mouse and by keyboard', async () => {
    const onAction = vi.fn();
    const user = userEvent.setup();
    render(<ExchangePropertiesScreen object="organization" interactive onAction={onAction} />);
    await user.click(screen.getByRole('button', { name: 'Add…' }));
    expect(onAction).toHaveBeenLastCalledWith('add-button');
    await user.click(screen.getByRole('tab', { name: 'General' }));
    expect(onAction).toHaveBeenLastCalledWith('general-tab', 'tab:general');
    screen.getByRole('button', { name: 'OK' }).focus();
    await user.keyboard('{Enter}');
    expect(onAction).toHaveBeenLastCalledWith('ok-button');
  });

  it('make the Notepad file’s fields buttons, a selected one named so (and plain text in a picture)', async () => {
    const onAction = vi.fn();
    const user = userEvent.setup();
    const { unmount } = render(<NotepadCsvScreen user="CARLAM" selection="mode" interactive onAction={onAction} />);
    const mode = screen.getByRole('button', { name: /^Create ?\(selected\)$/ });
    expect(mode).toHaveAttribute('data-target', 'mode-value');
    await user.click(screen.getByRole('button', { name: 'CARLAM' }));
    expect(onAction).toHaveBeenLastCalledWith('common-name-value');
    unmount();
    render(<NotepadCsvScreen user="CARLAM" selection="mode" />);
    expect(screen.queryByRole('button', { name: /Create/ })).toBeNull();
  });

  it('make tree items focusable and operable with Enter', async () => {
    const onAction = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<ExchangeAdminScreen interactive onAction={onAction} />);
    const site = container.querySelector<HTMLElement>('[data-target="site-node"]')!;
    expect(site.tabIndex).toBe(0);
    site.focus();
    await user.keyboard('{Enter}');
    expect(onAction).toHaveBeenCalledWith('site-node', 'node:site');
  });

  it('report null for a control no step points at, and a list item as its targeted list', async () => {
    const onAction = vi.fn();
    const user = userEvent.setup();
    render(<AddUsersGroupsScreen showUsers account="MigAdmin" interactive onAction={onAction} />);
    await user.click(screen.getAllByRole('button', { name: 'Help' }).at(-1)!);
    expect(onAction).toHaveBeenLastCalledWith(null);
    await user.click(screen.getByRole('option', { name: /Domain Guests/ }));
    expect(onAction).toHaveBeenLastCalledWith('names-list', 'name:Domain Guests');
    await user.click(screen.getByRole('option', { name: /MigAdmin/ }));
    expect(onAction).toHaveBeenLastCalledWith('migration-account', 'name:MigAdmin');
  });

  it('report an option of an open drop-down by its own target, or null, never as the drop-down', async () => {
    const onAction = vi.fn();
    const user = userEvent.setup();
    render(
      <ExchangePropertiesScreen
        object="organization"
        accounts={[{ account: 'ACMEDOM\\MigAdmin', role: 'Admin' }]}
        selectedAccount="ACMEDOM\\MigAdmin"
        rolesOpen
        interactive
        onAction={onAction}
      />,
    );
    await user.click(screen.getByRole('option', { name: 'Permissions Admin' }));
    expect(onAction).toHaveBeenLastCalledWith('permissions-admin-role', 'option:Permissions Admin');
    await user.click(screen.getByRole('option', { name: 'User' }));
    expect(onAction).toHaveBeenLastCalledWith(null, 'option:User');
  });
});
