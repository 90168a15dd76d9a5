/**
 * Exchange Administrator started in raw mode (`admin/r`): the Raw
 * Properties dialog of a mailbox (File > Raw Properties). KB Q186742 step 2
 * uses it only to read the mailbox's Directory Name; nothing is changed.
 * The labels come from Exchange articles that use raw mode; the layout is
 * drawn plainly (see labels.ts).
 */
import { useId } from 'react';

import { SAMPLE } from '../../sample';
import { DropDown } from '../../win/drop-down';
import { EditBox } from '../../win/edit-box';
import { ListBox, ListBoxOption } from '../../win/list-box';
import { MockupScreen } from '../../win/mockup-screen';
import { PushButton } from '../../win/push-button';
import { Window, WindowBody, WindowTitleBar } from '../../win/window';
import type { ScreenProps } from '../screen-props';
import type { spec } from './spec';
import { RAW_PROPERTIES_LABELS as L } from './labels';
import { RAW_ATTRIBUTES, type RawAttribute } from './attributes';

/** The value each drawn attribute holds for this mailbox. */
function valueOf(attribute: RawAttribute, displayName: string, directoryName: string): string {
  switch (attribute) {
    case 'delivery-mechanism':
      return '0';
    case 'directory-name':
      return directoryName;
    case 'display-name':
      return displayName;
    case 'home-mdb':
      return `/o=${SAMPLE.organization}/ou=${SAMPLE.site}/cn=Configuration/cn=Servers/cn=${SAMPLE.server}/cn=Microsoft Private MDB`;
    case 'obj-dist-name':
      return `/o=${SAMPLE.organization}/ou=${SAMPLE.site}/cn=Recipients/cn=${directoryName}`;
  }
}

export function ExchangeRawPropertiesScreen({
  displayName,
  directoryName,
  selected,
  target,
  interactive,
  onAction,
}: ScreenProps<typeof spec>) {
  const id = useId();
  // A value no attribute has (content is validated, so only a hand-made state) shows nothing.
  const value = selected && RAW_ATTRIBUTES.includes(selected) ? valueOf(selected, displayName, directoryName) : '';
  return (
    <MockupScreen screen="exchange-raw-properties" target={target} interactive={interactive} onAction={onAction}>
      <Window className="w-[480px]">
        <WindowTitleBar title={L.title(displayName)} controls="dialog" />
        <WindowBody className="flex flex-col gap-[10px] p-[10px]">
          <div className="flex gap-[12px]">
            <div className="flex w-[180px] shrink-0 flex-col gap-[3px]">
              <span id={`${id}-attributes`}>{L.objectAttributes}</span>
              <ListBox labelledBy={`${id}-attributes`}>
                {RAW_ATTRIBUTES.map((a) => (
                  <ListBoxOption
                    key={a}
                    selected={a === selected}
                    targetId={a === 'directory-name' ? 'directory-name-attribute' : undefined}
                  >
                    {L.attributes[a]}
                  </ListBoxOption>
                ))}
              </ListBox>
              <span id={`${id}-type`} className="mt-[8px]">
                {L.listAttributesOfType}
              </span>
              <DropDown value={L.all} labelledBy={`${id}-type`} />
            </div>
            <div className="flex min-w-0 flex-1 flex-col gap-[3px]">
              <span id={`${id}-value`}>{L.attributeValue}</span>
              <ListBox labelledBy={`${id}-value`} targetId="attribute-value" className="min-h-[60px]">
                {value ? (
                  <ListBoxOption className="whitespace-normal! [overflow-wrap:anywhere]">{value}</ListBoxOption>
                ) : null}
              </ListBox>
              <label htmlFor={`${id}-edit`} className="mt-[8px]">
                {L.editValue}
              </label>
              <EditBox id={`${id}-edit`} value={value} />
              <div className="mt-[6px] flex gap-[6px]">
                <PushButton>{L.set}</PushButton>
                <PushButton>{L.add}</PushButton>
              </div>
            </div>
          </div>
          <div className="flex justify-end gap-[6px]">
            <PushButton variant="default">{L.ok}</PushButton>
            <PushButton targetId="cancel-button">{L.cancel}</PushButton>
            <PushButton>{L.apply}</PushButton>
          </div>
        </WindowBody>
      </Window>
    </MockupScreen>
  );
}

/** The screen, under the name the registry loads every screen by. */
export { ExchangeRawPropertiesScreen as Screen };
