/**
 * Screen 6: the Microsoft Exchange Migration Wizard for MS Mail, on one of
 * the pages that matter to Q255888 (domain-facts §3.1): source choice,
 * postoffice path and account, what to migrate, account selection.
 */
import { useId } from 'react';

import { SAMPLE } from '../catalog';
import { MIGRATION_WIZARD_LABELS as L } from '../labels';
import { CheckBox } from '../win/check-box';
import { EditBox } from '../win/edit-box';
import { ListBox, ListBoxOption } from '../win/list-box';
import { MockupScreen } from '../win/mockup-screen';
import { PushButton } from '../win/push-button';
import { RadioButton } from '../win/radio-button';
import { WizardFrame } from '../win/wizard-frame';
import type { ScreenProps } from './screen-props';

export function MigrationWizardScreen({
  page = 'source',
  filled = true,
  selectedAccounts = [],
  target,
  interactive,
  onAction,
}: ScreenProps<'migration-wizard'>) {
  const id = useId();
  return (
    <MockupScreen screen="migration-wizard" target={target} interactive={interactive} onAction={onAction}>
      <WizardFrame title={L.title} labels={L} backDisabled={page === 'source'}>
        {page === 'source' && (
          <div role="radiogroup" aria-label={L.title} className="flex flex-col gap-[8px]">
            <RadioButton name={`${id}-source`} label={L.sources.msMailPc} checked targetId="source-msmail" />
            <RadioButton name={`${id}-source`} label={L.sources.msMailAppleTalk} />
            <RadioButton name={`${id}-source`} label={L.sources.ccMail} />
            <RadioButton name={`${id}-source`} label={L.sources.notes} />
            <RadioButton name={`${id}-source`} label={L.sources.groupWise} />
          </div>
        )}
        {page === 'postoffice' && (
          <div className="flex flex-col gap-[4px] pt-[8px]">
            <label htmlFor={`${id}-path`}>{L.postofficePath}</label>
            <div className="flex gap-[6px]">
              <EditBox
                id={`${id}-path`}
                value={filled ? SAMPLE.postofficePath : ''}
                targetId="postoffice-path"
                className="min-w-0 flex-1"
              />
              <PushButton targetId="browse-button">{L.browse}</PushButton>
            </div>
            <label htmlFor={`${id}-account`} className="mt-[10px]">
              {L.accountName}
            </label>
            <EditBox
              id={`${id}-account`}
              value={filled ? SAMPLE.postofficeAdmin : ''}
              targetId="account-name"
              className="w-[180px]"
            />
            <label htmlFor={`${id}-password`} className="mt-[10px]">
              {L.password}
            </label>
            <EditBox
              id={`${id}-password`}
              password
              value={filled ? 'password' : ''}
              targetId="password"
              className="w-[180px]"
            />
          </div>
        )}
        {page === 'migrate-what' && (
          <div className="flex flex-col gap-[8px] pt-[8px]">
            <CheckBox label={L.migrate.createMailboxes} checked targetId="create-mailboxes" />
            <CheckBox label={L.migrate.messages} checked targetId="personal-messages" />
            <CheckBox label={L.migrate.sharedFolders} />
            <CheckBox label={L.migrate.pabs} />
            <CheckBox label={L.migrate.schedule} />
          </div>
        )}
        {page === 'accounts' && (
          <>
            <span id={`${id}-accounts`}>{L.accountsHeading}</span>
            <ListBox labelledBy={`${id}-accounts`} multiselect targetId="accounts-list" className="h-[180px]">
              {SAMPLE.msMailUsers.map((u) => (
                <ListBoxOption
                  key={u.mailbox}
                  selected={selectedAccounts.includes(u.mailbox)}
                  itemKey={`mailbox:${u.mailbox}`}
                  className="grid grid-cols-[90px_1fr]"
                >
                  <span>{u.mailbox}</span>
                  <span className="truncate">{u.name}</span>
                </ListBoxOption>
              ))}
            </ListBox>
            <div>
              <PushButton targetId="select-all-button">{L.selectAll}</PushButton>
            </div>
          </>
        )}
      </WizardFrame>
    </MockupScreen>
  );
}
