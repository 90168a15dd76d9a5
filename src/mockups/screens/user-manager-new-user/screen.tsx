/**
 * Screen 7: Windows NT 4 User Manager for Domains, User › New User…
 * (domain-facts §4). After Add the fields clear for the next user and
 * Cancel reads Close.
 */
import { useId } from 'react';

import { NEW_USER_LABELS as L } from './labels';
import { CheckBox } from '../../win/check-box';
import { EditBox } from '../../win/edit-box';
import { Icon, type IconName } from '../../win/icons';
import { MockupScreen } from '../../win/mockup-screen';
import { PushButton } from '../../win/push-button';
import { Window, WindowBody, WindowTitleBar } from '../../win/window';
import type { ScreenProps } from '../screen-props';
import type { spec } from './spec';

const BOTTOM_BUTTONS: readonly { key: string; label: string; icon: IconName; targetId?: string }[] = [
  { key: 'groups', label: L.groups, icon: 'group', targetId: 'groups-button' },
  { key: 'profile', label: L.profile, icon: 'user' },
  { key: 'hours', label: L.hours, icon: 'properties' },
  { key: 'logon-to', label: L.logonTo, icon: 'server' },
  { key: 'account', label: L.account, icon: 'user-manager' },
  { key: 'dialin', label: L.dialin, icon: 'exchange' },
];

export function NewUserScreen({
  username = '',
  fullName = '',
  description = '',
  passwordLength = 0,
  confirmLength = passwordLength,
  mustChange = true,
  cannotChange = false,
  neverExpires = false,
  disabled = false,
  added = false,
  target,
  interactive,
  onAction,
}: ScreenProps<typeof spec>) {
  const id = useId();
  const clear = added; // after Add, the dialog is ready for the next user
  // Password and Confirm Password draw an asterisk per character; after Add, every box is empty.
  const fields = [
    { label: L.username, value: username, width: 'w-[160px]', targetId: 'username' },
    { label: L.fullName, value: fullName, width: 'w-[260px]', targetId: 'full-name' },
    { label: L.description, value: description, width: 'w-[300px]', targetId: 'description' },
    { label: L.password, value: 'x'.repeat(passwordLength), width: 'w-[160px]', targetId: 'password', password: true },
    {
      label: L.confirmPassword,
      value: 'x'.repeat(confirmLength),
      width: 'w-[160px]',
      targetId: 'confirm-password',
      password: true,
    },
  ];
  return (
    <MockupScreen screen="user-manager-new-user" target={target} interactive={interactive} onAction={onAction}>
      <Window className="w-[520px]">
        <WindowTitleBar title={L.title} controls="close" />
        <WindowBody className="flex flex-col gap-[10px] p-[10px]">
          <div className="flex gap-[10px]">
            <div className="grid min-w-0 flex-1 grid-cols-[96px_1fr] items-center gap-x-[6px] gap-y-[5px]">
              {fields.map((f) => (
                <div key={f.targetId} className="contents">
                  <label htmlFor={`${id}-${f.targetId}`}>{f.label}</label>
                  <EditBox
                    id={`${id}-${f.targetId}`}
                    value={clear ? '' : f.value}
                    password={f.password}
                    targetId={f.targetId}
                    className={`${f.width} max-w-full`}
                  />
                </div>
              ))}
            </div>
            <div className="flex shrink-0 flex-col gap-[6px]">
              <PushButton variant="default" targetId="add-button">
                {L.add}
              </PushButton>
              <PushButton targetId="cancel-button">{added ? L.close : L.cancel}</PushButton>
              <PushButton>{L.help}</PushButton>
            </div>
          </div>
          <div className="flex flex-col gap-[4px] pl-[102px]">
            <CheckBox
              label={L.mustChange}
              checked={clear ? true : mustChange}
              targetId="must-change"
              itemKey="check:mustChange"
            />
            <CheckBox
              label={L.cannotChange}
              checked={clear ? false : cannotChange}
              targetId="cannot-change"
              itemKey="check:cannotChange"
            />
            <CheckBox
              label={L.neverExpires}
              checked={clear ? false : neverExpires}
              targetId="never-expires"
              itemKey="check:neverExpires"
            />
            <CheckBox
              label={L.disabled}
              checked={clear ? false : disabled}
              targetId="account-disabled"
              itemKey="check:disabled"
            />
          </div>
          <div className="mt-[6px] flex flex-wrap gap-[6px]">
            {BOTTOM_BUTTONS.map((b) => (
              <PushButton key={b.key} targetId={b.targetId} className="h-[44px] min-w-[72px] flex-col">
                <span className="flex flex-col items-center gap-[2px]">
                  <Icon name={b.icon} />
                  {b.label}
                </span>
              </PushButton>
            ))}
          </div>
        </WindowBody>
      </Window>
    </MockupScreen>
  );
}

/** The screen, under the name the registry loads every screen by. */
export { NewUserScreen as Screen };
