/**
 * The kit's controls side by side, in each of their looks (for reviewers in
 * the gallery): push buttons raised / default / pressed / unavailable, check
 * boxes, radio buttons, edit box, drop-down, list box, group box, tabs.
 */
import { CheckBox } from './win/check-box';
import { DropDown } from './win/drop-down';
import { EditBox } from './win/edit-box';
import { GroupBox } from './win/group-box';
import { ListBox, ListBoxOption } from './win/list-box';
import { MockupScreen } from './win/mockup-screen';
import { Tab, TabList, TabPanel } from './win/property-sheet';
import { PushButton } from './win/push-button';
import { RadioButton } from './win/radio-button';
import { StatusBar, StatusBarField } from './win/status-bar';
import { Window, WindowBody, WindowTitleBar } from './win/window';

export const KIT_SAMPLER_TITLE = 'Controls of the Windows NT 4 kit';

export function KitSampler() {
  return (
    <MockupScreen screen="kit-sampler">
      <Window className="w-[460px]">
        <WindowTitleBar title="Controls" controls="window" icon="properties" />
        <WindowBody className="flex flex-col gap-[10px] p-[10px]">
          <div className="flex flex-wrap gap-[6px]">
            <PushButton>Raised</PushButton>
            <PushButton variant="default">Default</PushButton>
            <PushButton pressed>Pressed</PushButton>
            <PushButton disabled>Unavailable</PushButton>
          </div>
          <div className="flex gap-[10px]">
            <GroupBox label="Group box" className="flex flex-1 flex-col gap-[4px]">
              <CheckBox label="Check box, selected" checked />
              <CheckBox label="Check box, clear" />
              <RadioButton name="kit-radio" label="Option, selected" checked />
              <RadioButton name="kit-radio" label="Option, clear" />
            </GroupBox>
            <div className="flex w-[170px] flex-col gap-[6px]">
              <EditBox label="Edit box" value="Edit box" />
              <DropDown value="Drop-down" />
              <ListBox label="List box" className="h-[52px]">
                <ListBoxOption>First item</ListBoxOption>
                <ListBoxOption selected>Selected item</ListBoxOption>
                <ListBoxOption>Third item</ListBoxOption>
              </ListBox>
            </div>
          </div>
          <div>
            <TabList>
              <Tab>First tab</Tab>
              <Tab selected>Selected tab</Tab>
              <Tab>Third tab</Tab>
            </TabList>
            <TabPanel className="h-[40px]">Tab page</TabPanel>
          </div>
        </WindowBody>
        <StatusBar>
          <StatusBarField className="flex-1">Status bar</StatusBarField>
          <StatusBarField className="w-[100px]">Pane</StatusBarField>
        </StatusBar>
      </Window>
    </MockupScreen>
  );
}
