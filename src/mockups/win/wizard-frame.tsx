/**
 * The frame of an NT 4 wizard page (the Microsoft Exchange Migration
 * Wizard): title bar, the picture on the left, the page on the right, an
 * etched line and the < Back / Next > / Cancel / Help buttons.
 */
import type { ReactNode } from 'react';

import { PushButton } from './push-button';
import { Window, WindowBody, WindowTitleBar } from './window';

/** The wizard's picture on the left: a stylised stack of mail moving to a server. Decorative. */
export function WizardArt() {
  return (
    // Its parts are placed by win-theme.css ([data-slot='wizard-art']).
    <div aria-hidden="true" data-slot="wizard-art">
      <i />
      <i />
      <i />
      <i />
      <i />
      <i />
    </div>
  );
}

type WizardFrameProps = {
  title: string;
  labels: { back: string; next: string; cancel: string; help: string };
  /** The page: drawn right of the picture. */
  children: ReactNode;
  /** The first page has no page to go back to. */
  backDisabled?: boolean;
};

/** Buttons carry the targets `back-button`, `next-button` and `cancel-button`. */
export function WizardFrame({ title, labels, children, backDisabled = false }: WizardFrameProps) {
  return (
    <Window className="w-[520px]">
      <WindowTitleBar title={title} controls="close" />
      <WindowBody className="flex flex-col p-[10px]">
        <div className="flex h-[270px] gap-[14px]">
          <WizardArt />
          <div className="flex min-w-0 flex-1 flex-col gap-[8px] pt-[4px]">{children}</div>
        </div>
        <div data-slot="win-separator" />
        <div className="flex justify-end gap-[6px]">
          <PushButton targetId="back-button" disabled={backDisabled}>
            {labels.back}
          </PushButton>
          <PushButton variant="default" targetId="next-button">
            {labels.next}
          </PushButton>
          <PushButton targetId="cancel-button" className="ml-[6px]">
            {labels.cancel}
          </PushButton>
          <PushButton>{labels.help}</PushButton>
        </div>
      </WindowBody>
    </Window>
  );
}
