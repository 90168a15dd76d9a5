/**
 * Screen 4: the Windows NT "Add Users and Groups" dialog, as Exchange
 * Administrator's Add… button opens it (domain-facts §2).
 */
import { type ReactNode, useId } from 'react';

import { SAMPLE } from '../../sample';
import { ADD_USERS_GROUPS_LABELS as L } from './labels';
import { NT_GROUPS, NT_USERS } from './nt-names';
import { DropDown } from '../../win/drop-down';
import { EditBox } from '../../win/edit-box';
import { Icon, IconArt } from '../../win/icons';
import { ListBox, ListBoxOption } from '../../win/list-box';
import { MockupScreen } from '../../win/mockup-screen';
import { PushButton } from '../../win/push-button';
import { Window, WindowBody, WindowTitleBar } from '../../win/window';
import type { ScreenProps } from '../screen-props';
import type { spec } from './spec';

/**
 * Each kind of name has its own icon: a local group (the kit's group icon,
 * with a small computer), a global group (with a small globe), a special
 * identity such as Everyone (three people), a user. Our own drawings in the
 * NT 4 style; the last two only this dialog uses, so they are drawn here.
 */
const NAME_ICONS: Readonly<Record<'local' | 'global' | 'special' | 'user', ReactNode>> = {
  local: <Icon name="group" />,
  global: (
    <IconArt>
      <path d="M9 1h3v3H9zM8 5h5v5H8z" className="fill-win-maroon" />
      <path d="M4 4h3v3H4zM3 8h5v6H3z" className="fill-win-blue" />
      <circle cx="12.5" cy="12.5" r="3" className="fill-win-blue stroke-win-text" shapeRendering="geometricPrecision" />
      <path d="M11 11h2v1h-1v1h-1zM13 13h1v2h-1z" className="fill-win-green" />
    </IconArt>
  ),
  special: (
    <IconArt>
      <path d="M6 1h3v3H6zM5 5h5v4H5z" className="fill-win-green" />
      <path d="M11 4h3v3h-3zM10 8h5v6h-5z" className="fill-win-maroon" />
      <path d="M2 4h3v3H2zM1 8h5v6H1z" className="fill-win-blue" />
    </IconArt>
  ),
  user: <Icon name="user" />,
};

export function AddUsersGroupsScreen({
  showUsers = false,
  account,
  selectedName,
  addNames = [],
  target,
  interactive,
  onAction,
}: ScreenProps<typeof spec>) {
  const id = useId();
  const names = [
    ...NT_GROUPS.map((g) => ({ ...g, kind: g.scope })),
    ...(showUsers ? NT_USERS.map((u) => ({ ...u, kind: 'user' as const })) : []),
  ];
  return (
    <MockupScreen screen="add-users-groups" target={target} interactive={interactive} onAction={onAction}>
      <Window className="w-[440px]">
        <WindowTitleBar title={L.title} controls="dialog" />
        <WindowBody className="flex flex-col gap-[6px] p-[10px]">
          <div className="flex items-center gap-[6px]">
            <span id={`${id}-from`} className="shrink-0">
              {L.listNamesFrom}
            </span>
            <DropDown
              labelledBy={`${id}-from`}
              value={SAMPLE.domain}
              targetId="list-names-from"
              className="w-[220px]"
            />
          </div>
          <span id={`${id}-names`}>{L.names}</span>
          <ListBox labelledBy={`${id}-names`} targetId="names-list" className="h-[212px]">
            {names.map((n) => (
              <ListBoxOption
                key={n.name}
                selected={n.name === selectedName}
                targetId={n.kind === 'user' && n.name === account ? 'migration-account' : undefined}
                itemKey={`name:${n.name}`}
                className="grid grid-cols-[20px_150px_1fr] items-center"
              >
                {NAME_ICONS[n.kind]}
                <span className="truncate">{n.name}</span>
                <span className="truncate">{n.description}</span>
              </ListBoxOption>
            ))}
          </ListBox>
          <div className="flex flex-wrap gap-[6px]">
            <PushButton targetId="add-button">{L.add}</PushButton>
            <PushButton targetId="show-users-button">{L.showUsers}</PushButton>
            <PushButton targetId="members-button">{L.members}</PushButton>
            <PushButton targetId="search-button">{L.search}</PushButton>
          </div>
          <label htmlFor={`${id}-add-names`} className="mt-[4px]">
            {L.addNames}
          </label>
          <EditBox
            id={`${id}-add-names`}
            multiline
            value={addNames.join('; ')}
            targetId="add-names"
            className="h-[52px]"
          />
          <div className="mt-[4px] flex justify-end gap-[6px]">
            <PushButton variant="default" targetId="ok-button">
              {L.ok}
            </PushButton>
            <PushButton targetId="cancel-button">{L.cancel}</PushButton>
            <PushButton>{L.help}</PushButton>
          </div>
        </WindowBody>
      </Window>
    </MockupScreen>
  );
}

/** The screen, under the name the registry loads every screen by. */
export { AddUsersGroupsScreen as Screen };
