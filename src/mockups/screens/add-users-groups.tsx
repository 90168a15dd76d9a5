/**
 * Screen 4: the Windows NT "Add Users and Groups" dialog, as Exchange
 * Administrator's Add… button opens it (domain-facts §2).
 */
import { useId } from 'react';

import { SAMPLE } from '../catalog';
import { ADD_USERS_GROUPS_LABELS as L } from '../labels';
import { DropDown } from '../win/drop-down';
import { EditBox } from '../win/edit-box';
import { Icon, type IconName } from '../win/icons';
import { ListBox, ListBoxOption } from '../win/list-box';
import { MockupScreen } from '../win/mockup-screen';
import { PushButton } from '../win/push-button';
import { Window, WindowBody, WindowTitleBar } from '../win/window';
import type { ScreenProps } from './screen-props';

/** Each kind of name has its own icon: a local group, a global group, a special identity, a user. */
const NAME_ICONS: Readonly<Record<'local' | 'global' | 'special' | 'user', IconName>> = {
  local: 'group',
  global: 'global-group',
  special: 'special-group',
  user: 'user',
};

export function AddUsersGroupsScreen({
  showUsers = false,
  selectedName,
  addNames = [],
  target,
  interactive,
  onAction,
}: ScreenProps<'add-users-groups'>) {
  const id = useId();
  const names = [
    ...SAMPLE.ntGroups.map((g) => ({ ...g, kind: g.scope })),
    ...(showUsers ? SAMPLE.ntUsers.map((u) => ({ ...u, kind: 'user' as const })) : []),
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
            <DropDown labelledBy={`${id}-from`} value={SAMPLE.domain} targetId="list-names-from" className="w-[220px]" />
          </div>
          <span id={`${id}-names`}>{L.names}</span>
          <ListBox labelledBy={`${id}-names`} targetId="names-list" className="h-[212px]">
            {names.map((n) => (
              <ListBoxOption
                key={n.name}
                selected={n.name === selectedName}
                targetId={n.kind === 'user' && n.name === SAMPLE.newUser.username ? 'migration-account' : undefined}
                itemKey={`name:${n.name}`}
                className="grid grid-cols-[20px_150px_1fr] items-center"
              >
                <Icon name={NAME_ICONS[n.kind]} />
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
          <EditBox id={`${id}-add-names`} multiline value={addNames.join('; ')} targetId="add-names" className="h-[52px]" />
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
