/**
 * The Microsoft Exchange Migration Wizard, second step of a two-step
 * migration: the page that comes up after the .csv user list file is
 * chosen, with what to import. KB Q186742 step 3 clears Information to
 * Create Mailboxes here when the users already have mailboxes.
 */
import { MIGRATION_WIZARD_LABELS as WIZARD } from '../../labels';
import { CheckBox } from '../../win/check-box';
import { MockupScreen } from '../../win/mockup-screen';
import { WizardFrame } from '../../win/wizard-frame';
import type { ScreenProps } from '../screen-props';
import { MIGRATION_IMPORT_LABELS as L } from './labels';

export function MigrationImportScreen({
  createMailboxes = true,
  messages = true,
  addressBooks = true,
  target,
  interactive,
  onAction,
}: ScreenProps<'migration-import'>) {
  return (
    <MockupScreen screen="migration-import" target={target} interactive={interactive} onAction={onAction}>
      <WizardFrame title={WIZARD.title} labels={WIZARD}>
        <div className="flex flex-col gap-[8px] pt-[8px]">
          <CheckBox label={L.createMailboxes} checked={createMailboxes} targetId="create-mailboxes" />
          <CheckBox label={L.messages} checked={messages} targetId="personal-messages" />
          <CheckBox label={L.sharedFolders} />
          <CheckBox label={L.pabs} checked={addressBooks} />
          <CheckBox label={L.schedule} />
        </div>
      </WizardFrame>
    </MockupScreen>
  );
}
