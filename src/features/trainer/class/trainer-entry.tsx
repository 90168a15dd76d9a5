/**
 * The start page's way in for trainers: presenter mode, practice on the
 * fix, the classroom page, and the classroom flag. Loaded after the start
 * page works (it is not needed to start a case), so it adds nothing to the
 * first load; the prerendered page already shows it.
 */
import { useId } from 'react';
import { Link } from 'react-router';

import { CATALOG } from '@/content/catalog';

import { CLASS_PATHS } from './class-paths';
import { useClassroom } from './use-classroom';

const link = 'font-semibold text-brand-700 underline underline-offset-2';

export function TrainerEntry() {
  const [classroom, setClassroom] = useClassroom();
  const id = useId();
  const many = CATALOG.length > 1;
  return (
    <section aria-labelledby={`${id}-title`} className="grid max-w-3xl gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:p-7" data-testid="trainer-entry">
      <h2 id={`${id}-title`} className="text-xl font-bold">
        For trainers
      </h2>
      <p className="text-slate-700">
        Teaching the fix? Present the article’s story on a projector, let the class practise on the screen pictures,
        then test them and see their results.
      </p>
      <ul className="grid gap-2 sm:grid-cols-3">
        {CATALOG.map((flow) => (
          <li key={`${flow.id}-present`}>
            <Link to={CLASS_PATHS.present(flow.id)} className={link}>
              {many ? `Presenter mode (KB ${flow.kb})` : 'Presenter mode'}
            </Link>
          </li>
        ))}
        {CATALOG.map((flow) => (
          <li key={`${flow.id}-practise`}>
            <Link to={CLASS_PATHS.practise(flow.id)} className={link}>
              {many ? `Practise the fix (KB ${flow.kb})` : 'Practise the fix'}
            </Link>
          </li>
        ))}
        <li>
          <Link to={CLASS_PATHS.classroom()} className={link}>
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
        <span>
          Classroom mode
          <span className="block text-sm text-slate-700">
            This browser is used for a class: practice here stays out of the helpdesk statistics.
          </span>
        </span>
      </label>
    </section>
  );
}
