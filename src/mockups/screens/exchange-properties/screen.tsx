/**
 * Screen 2: the Properties dialog of the Organization, Site or Configuration
 * object, normally on its Permissions tab. The Roles list offers exactly the
 * roles of that object and the Rights list ticks the rights the selected
 * account's role grants there (exchange-permissions.ts, domain-facts §1.7).
 */
import { useId } from 'react';

import { SAMPLE } from '../../sample';
import { OBJECT_PERMISSIONS, type Role, rightsFor, rightsListFor } from '../../exchange-permissions';
import { EXCHANGE_PROPERTIES_LABELS as L } from './labels';
import { CheckList } from '../../win/check-list';
import { DropDown } from '../../win/drop-down';
import { EditBox } from '../../win/edit-box';
import { ListBox, ListBoxOption } from '../../win/list-box';
import { MockupScreen } from '../../win/mockup-screen';
import { Tab, TabList, TabPanel } from '../../win/property-sheet';
import { PushButton } from '../../win/push-button';
import { Window, WindowBody, WindowTitleBar } from '../../win/window';
import type { ScreenProps } from '../screen-props';
import type { spec } from './spec';

/** Roles in the open Roles list that a step can point at. */
const ROLE_TARGETS: Readonly<Record<string, string>> = { 'Permissions Admin': 'permissions-admin-role' };

export function ExchangePropertiesScreen({
  object,
  tab = 'permissions',
  accounts = [],
  selectedAccount,
  showRights = true,
  rolesOpen = false,
  target,
  interactive,
  onAction,
}: ScreenProps<typeof spec>) {
  const ids = useId();
  const name = L.objectNames[object];
  const selected = accounts.find((a) => a.account === selectedAccount);
  const role: Role | undefined = selected?.role;
  const granted = new Set(role ? rightsFor(object, role) : []);

  return (
    <MockupScreen screen="exchange-properties" target={target} interactive={interactive} onAction={onAction}>
      <Window className="w-[420px]">
        <WindowTitleBar title={L.title(name)} controls="dialog" />
        <WindowBody className="flex flex-col gap-[8px] p-[6px] pt-[8px]">
          <div>
            <TabList>
              <Tab selected={tab === 'general'} targetId="general-tab" itemKey="tab:general" controls={`${ids}-panel`}>
                {L.tabs.general}
              </Tab>
              <Tab
                selected={tab === 'permissions'}
                targetId="permissions-tab"
                itemKey="tab:permissions"
                controls={`${ids}-panel`}
              >
                {L.tabs.permissions}
              </Tab>
            </TabList>
            <TabPanel id={`${ids}-panel`} className="flex h-[376px] flex-col gap-[6px]">
              {tab === 'general' ? (
                <div className="grid grid-cols-[110px_1fr] items-center gap-x-[6px] gap-y-[10px] pt-[6px]">
                  <label htmlFor={`${ids}-display`}>{L.general.displayName}</label>
                  <EditBox id={`${ids}-display`} value={name} />
                  <label htmlFor={`${ids}-directory`}>{L.general.directoryName}</label>
                  <EditBox id={`${ids}-directory`} value={name} />
                </div>
              ) : (
                <>
                  <div className="flex flex-col">
                    <span id={`${ids}-inherited`} className="mb-[2px]">
                      {L.inherited}
                    </span>
                    <ListBox labelledBy={`${ids}-inherited`} className="h-[40px]">
                      {[]}
                    </ListBox>
                  </div>
                  <div className="flex flex-col">
                    <span id={`${ids}-accounts`} className="mb-[2px]">
                      {L.accounts}
                    </span>
                    <ListBox labelledBy={`${ids}-accounts`} targetId="accounts-list" className="h-[72px]">
                      {accounts.map((a) => (
                        <ListBoxOption
                          key={a.account}
                          selected={a.account === selectedAccount}
                          targetId={a.account === SAMPLE.migrationAccount ? 'migration-account' : undefined}
                          itemKey={`account:${a.account}`}
                          className="grid grid-cols-[1fr_150px] gap-[8px]"
                        >
                          <span className="truncate">{a.account}</span>
                          <span className="truncate">{a.role}</span>
                        </ListBoxOption>
                      ))}
                    </ListBox>
                    <div className="mt-[6px] flex justify-end gap-[6px]">
                      <PushButton targetId="add-button">{L.add}</PushButton>
                      <PushButton targetId="remove-button">{L.remove}</PushButton>
                    </div>
                  </div>
                  <div className="flex min-h-0 flex-1 gap-[10px]">
                    <div className="flex w-[170px] shrink-0 flex-col">
                      <span id={`${ids}-roles`} className="mb-[2px]">
                        {L.roles}
                      </span>
                      <DropDown
                        labelledBy={`${ids}-roles`}
                        value={role ?? ''}
                        options={OBJECT_PERMISSIONS[object].roles}
                        open={rolesOpen}
                        targetId="roles-list"
                        optionTargets={ROLE_TARGETS}
                      />
                    </div>
                    {showRights && (
                      <CheckList
                        label={L.rights}
                        targetId="rights-list"
                        className="min-w-0 flex-1"
                        items={rightsListFor(object).map((r) => ({ label: r, checked: granted.has(r) }))}
                      />
                    )}
                  </div>
                </>
              )}
            </TabPanel>
          </div>
          <div className="flex justify-end gap-[6px]">
            <PushButton variant="default" targetId="ok-button">
              {L.ok}
            </PushButton>
            <PushButton targetId="cancel-button">{L.cancel}</PushButton>
            <PushButton targetId="apply-button">{L.apply}</PushButton>
            <PushButton targetId="help-button">{L.help}</PushButton>
          </div>
        </WindowBody>
      </Window>
    </MockupScreen>
  );
}

/** The screen, under the name the registry loads every screen by. */
export { ExchangePropertiesScreen as Screen };
