/**
 * Enlarge: a figure's screen as large as the window allows, in a modal
 * dialog (loaded only when someone asks for it). The same one scaling rule
 * as everywhere else (fit-screen.tsx): here it fills the dialog, at least at
 * the program's own size; where even that does not fit (a phone), the
 * picture scrolls inside the dialog. The native <dialog> keeps focus inside,
 * Escape or Close closes it, and the figure puts focus back on its Enlarge
 * button.
 */
import { useEffect, useId, useRef, useState } from 'react';

import type { MockupRef } from './mockup-ref';

import { MockupStage } from './mockup-stage';
import { resolveMockup } from './resolve-mockup';
import { ScreenSlot } from './screen-slot';
import { SpotlightCallout } from './spotlight-callout';

export type EnlargeDialogProps = { mockup: MockupRef; onClose: () => void };

/** Room around the picture in the dialog besides its header: the dialog's margin and padding, the stage's strips. */
const AROUND = 16 + 16 + 96 + 4;

export function EnlargeDialog({ mockup, onClose }: EnlargeDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const headerRef = useRef<HTMLDivElement>(null);
  /** The height the picture may take: the window's, less the dialog's header and the room around the picture. */
  const [room, setRoom] = useState(() => window.innerHeight - 200 - AROUND);
  const resolved = resolveMockup(mockup);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const measure = () => setRoom(window.innerHeight - (headerRef.current?.offsetHeight ?? 200) - AROUND);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);

  if (!resolved.ok) return null;
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-slot="mockup-enlarged"
      onClose={onClose}
      className="m-auto max-h-[calc(100dvh-1rem)] w-[calc(100vw-1rem)] max-w-none rounded-lg bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/70"
    >
      <div
        ref={headerRef}
        className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-4 py-3"
      >
        <div className="min-w-0">
          <h2 id={`${id}-title`} className="text-lg font-bold">
            {resolved.title}
          </h2>
          <p id={`${id}-desc`} className="text-sm text-slate-700">
            {mockup.description}
            {resolved.highlighted && (
              <>
                {' '}
                <span className="font-semibold">Highlighted:</span> {resolved.highlighted}
              </>
            )}
          </p>
        </div>
        <form method="dialog">
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            Close
          </button>
        </form>
      </div>
      <div className="p-2">
        <MockupStage
          labelledBy={`${id}-title`}
          size={resolved.size}
          stageRef={stageRef}
          max={3}
          min={1}
          maxHeight={Math.max(200, room)}
          overlay={
            resolved.target &&
            resolved.highlighted && (
              <SpotlightCallout stageRef={stageRef} target={resolved.target} label={resolved.highlighted} />
            )
          }
        >
          <ScreenSlot screen={resolved.screen} width={resolved.size.width} height={resolved.size.height}>
            {(Screen) => (
              <div inert>
                <Screen {...resolved.state} target={resolved.target} />
              </div>
            )}
          </ScreenSlot>
        </MockupStage>
      </div>
    </dialog>
  );
}
