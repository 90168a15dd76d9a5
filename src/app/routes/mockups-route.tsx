/**
 * /mockups: every Windows NT 4 screen of the kit in each of its states, named
 * with headings, for trainers and reviewers. Each picture is the same figure
 * a wizard step shows.
 */
import { useEffect, useId } from 'react';

import { SCREENS } from '@/mockups/catalog';
import { GALLERY, OURS } from '@/mockups/gallery';
import { KIT_SAMPLER_TITLE, KitSampler } from '@/mockups/kit-sampler';
import { LabelList } from '@/mockups/label-list';
import { MockupFigure } from '@/mockups/mockup-figure';
import { MockupStage } from '@/mockups/mockup-stage';

function KitFigure() {
  const id = useId();
  return (
    <figure aria-labelledby={`${id}-t`} className="m-0 max-w-full min-w-0">
      <MockupStage labelledBy={`${id}-t`}>
        <div inert className="inline-block text-left align-top">
          <KitSampler />
        </div>
      </MockupStage>
      <figcaption className="mt-2 text-sm text-slate-700">
        <span id={`${id}-t`} className="block font-semibold text-slate-900">
          {KIT_SAMPLER_TITLE}
        </span>
        Push buttons (raised, default, pressed, unavailable), check boxes, option buttons, a group box, an edit box, a
        drop-down list, a list box, property-sheet tabs and a status bar.
      </figcaption>
    </figure>
  );
}

export function Component() {
  useEffect(() => {
    document.title = 'Screen gallery – KB Wizard';
  }, []);

  return (
    <div>
      <h1 className="text-3xl font-bold">Screen gallery</h1>
      <p className="mt-3 max-w-prose text-lg text-slate-700">
        Every Windows NT 4 screen the guided fixes touch, drawn in HTML, in each state the steps use. A magenta ring and
        callout mark the control a step points at. The labels are the programs’ own as our sources give them; what is
        ours is listed below, and a screen’s “Labels and their sources” list names the source of each of its labels.
      </p>
      <section
        aria-labelledby="gallery-ours"
        className="mt-6 max-w-prose rounded-lg border border-slate-300 bg-white p-4"
      >
        <h2 id="gallery-ours" className="text-lg font-bold">
          What is ours, not the programs’
        </h2>
        <ul className="mt-2 grid list-inside list-disc gap-2 text-slate-800">
          <li>{OURS.samples}</li>
          <li>{OURS.drawings}</li>
          <li>
            Labels no source we have confirms, drawn as we believe they were:
            <ul className="mt-1 ml-5 grid list-[circle] gap-1">
              {OURS.unverified.map((s) => (
                <li key={s.screen}>
                  <span className="font-semibold">{SCREENS[s.screen]!.title}:</span>{' '}
                  {s.labels.map((l) => `“${l}”`).join(', ')}
                </li>
              ))}
            </ul>
          </li>
        </ul>
      </section>
      <nav aria-label="Screens in this gallery" className="mt-6">
        <h2 className="text-lg font-bold">Screens</h2>
        <ul className="mt-2 grid list-inside list-disc gap-1 text-brand-700">
          {GALLERY.map((s) => (
            <li key={s.screen}>
              <a className="underline underline-offset-4" href={`#screen-${s.screen}`}>
                {SCREENS[s.screen]!.title}
              </a>
            </li>
          ))}
          <li>
            <a className="underline underline-offset-4" href="#screen-kit">
              {KIT_SAMPLER_TITLE}
            </a>
          </li>
        </ul>
      </nav>

      {GALLERY.map((s) => (
        <section key={s.screen} aria-labelledby={`screen-${s.screen}`} className="mt-12">
          <h2 id={`screen-${s.screen}`} className="scroll-mt-4 text-2xl font-bold">
            {SCREENS[s.screen]!.title}
          </h2>
          {s.labels && <LabelList labels={s.labels} />}
          {s.states.map((st) => (
            <div key={st.name} className="mt-6">
              <h3 className="text-lg font-semibold">{st.name}</h3>
              <MockupFigure mockup={st.mockup} className="mt-2" eager />
            </div>
          ))}
        </section>
      ))}

      <section aria-labelledby="screen-kit" className="mt-12">
        <h2 id="screen-kit" className="scroll-mt-4 text-2xl font-bold">
          {KIT_SAMPLER_TITLE}
        </h2>
        <div className="mt-6">
          <KitFigure />
        </div>
      </section>
    </div>
  );
}
