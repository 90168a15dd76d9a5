/**
 * The Microsoft Exchange Migration Wizard asking whether to create Windows
 * NT accounts for the users it imports. KB Q186742 step 4: when the users
 * already have mailboxes, do not create one.
 */
import { useId } from 'react';

import { MIGRATION_WIZARD_LABELS as WIZARD } from '../migration-wizard/labels';
import { MockupScreen } from '../../win/mockup-screen';
import { RadioButton } from '../../win/radio-button';
import { WizardFrame } from '../../win/wizard-frame';
import type { ScreenProps } from '../screen-props';
import type { spec } from './spec';
import { MIGRATION_NT_ACCOUNTS_LABELS as L } from './labels';

export function MigrationNtAccountsScreen({
  choice = 'create',
  target,
  interactive,
  onAction,
}: ScreenProps<typeof spec>) {
  const id = useId();
  return (
    <MockupScreen screen="migration-nt-accounts" target={target} interactive={interactive} onAction={onAction}>
      <WizardFrame title={WIZARD.title} labels={WIZARD}>
        <div role="radiogroup" aria-label={WIZARD.title} className="flex flex-col gap-[8px] pt-[8px]">
          <RadioButton name={`${id}-accounts`} label={L.create} checked={choice === 'create'} />
          <RadioButton
            name={`${id}-accounts`}
            label={L.dontCreate}
            checked={choice === 'dont-create'}
            targetId="dont-create-accounts"
          />
        </div>
      </WizardFrame>
    </MockupScreen>
  );
}

/** The screen, under the name the registry loads every screen by. */
export { MigrationNtAccountsScreen as Screen };
