/**
 * The start page's way in for trainers: presenter mode, practice on the fix,
 * the classroom page, and the classroom flag. On the start page, so kept
 * small: plain links and one check box (paths written here rather than
 * imported, so no extra file loads with the page).
 */
import { useId, useSyncExternalStore } from 'react';
import { Link } from 'react-router';

import type { FlowSummary } from '@/content/catalog';
import { isClassroom, setClassroom, subscribeClassroom } from '@/lib/classroom';

const link = 'font-semibold text-brand-700 underline underline-offset-2';

export function TrainerEntry({ flows }: { flows: readonly Pick<FlowSummary, 'id' | 'kb'>[] }) {
  const classroom = useSyncExternalStore(subscribeClassroom, isClassroom, () => false);
  const id = useId();
  const kb = (flow: Pick<FlowSummary, 'kb'>) => (flows.length > 1 ? ` (KB ${flow.kb})` : '');
  return (
    <section
      aria-labelledby={id}
      className="grid max-w-3xl gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:p-7"
      data-testid="trainer-entry"
    >
      <h2 id={id} className="text-xl font-bold">
        For trainers
      </h2>
      <p className="text-slate-700">
        Teach the fix: the article’s story as slides for a projector, practice and tests on the screen pictures, and
        everyone’s results.
      </p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {flows.map((f) => (
          <li key={f.id}>
            <Link to={`/present/${f.id}`} className={link}>{`Presenter mode${kb(f)}`}</Link>
          </li>
        ))}
        {flows.map((f) => (
          <li key={f.id}>
            <Link to={`/t/${f.id}/class/practise`} className={link}>{`Practise the fix${kb(f)}`}</Link>
          </li>
        ))}
        <li>
          <Link to="/class" className={link}>
            Classroom: results, quiz, reset
          </Link>
        </li>
      </ul>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          className="mt-1 size-5 shrink-0 accent-brand-700"
          checked={classroom}
          onChange={(e) => setClassroom(e.currentTarget.checked)}
        />
        <span>Classroom mode: practice in this browser stays out of the helpdesk statistics</span>
      </label>
    </section>
  );
}
