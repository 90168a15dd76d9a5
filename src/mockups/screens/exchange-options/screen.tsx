/**
 * Screen 3: Exchange Administrator, Tools › Options, on the Permissions tab
 * with its two check boxes (domain-facts §1.4).
 */
import { useId } from 'react';

import { EXCHANGE_OPTIONS_LABELS as L } from './labels';
import { CheckBox } from '../../win/check-box';
import { MockupScreen } from '../../win/mockup-screen';
import { Tab, TabList, TabPanel } from '../../win/property-sheet';
import { PushButton } from '../../win/push-button';
import { Window, WindowBody, WindowTitleBar } from '../../win/window';
import type { ScreenProps } from '../screen-props';
import type { spec } from './spec';

export function ExchangeOptionsScreen({
  showPermissionsPage = false,
  displayRights = false,
  target,
  interactive,
  onAction,
}: ScreenProps<typeof spec>) {
  const id = useId();
  return (
    <MockupScreen screen="exchange-options" target={target} interactive={interactive} onAction={onAction}>
      <Window className="w-[400px]">
        <WindowTitleBar title={L.title} controls="dialog" />
        <WindowBody className="flex flex-col gap-[8px] p-[6px] pt-[8px]">
          <div>
            <TabList>
              <Tab>{L.tabs.autoNaming}</Tab>
              <Tab selected targetId="permissions-tab" controls={`${id}-panel`}>
                {L.tabs.permissions}
              </Tab>
            </TabList>
            <TabPanel id={`${id}-panel`} className="flex h-[150px] flex-col gap-[10px] px-[12px] pt-[14px]">
              <CheckBox label={L.showPermissionsPage} checked={showPermissionsPage} targetId="show-permissions-page" />
              <CheckBox label={L.displayRights} checked={displayRights} targetId="display-rights" />
            </TabPanel>
          </div>
          <div className="flex justify-end gap-[6px]">
            <PushButton variant="default" targetId="ok-button">
              {L.ok}
            </PushButton>
            <PushButton targetId="cancel-button">{L.cancel}</PushButton>
            <PushButton>{L.apply}</PushButton>
            <PushButton>{L.help}</PushButton>
          </div>
        </WindowBody>
      </Window>
    </MockupScreen>
  );
}

/** The screen, under the name the registry loads every screen by. */
export { ExchangeOptionsScreen as Screen };
