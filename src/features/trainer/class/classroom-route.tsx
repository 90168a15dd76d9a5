/**
 * `/class`: the trainer's classroom page. Classroom mode (practice stays out
 * of the helpdesk statistics), the reset between classes (one action, with
 * undo), the learners' results with CSV downloads, and the ways into
 * presenter mode, practice, the whole-fix test and the quiz for each guide.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { SEARCH } from 'virtual:flow-search';

import { Button } from '@/components/ui/button';
import { TableHead } from '@/components/ui/table-head';
import { TableScroll } from '@/components/ui/table-scroll';
import { CATALOG } from '@/content/catalog';
import { downloadText } from '@/lib/download';

import { CLASS_PATHS } from './class-paths';
import {
  type ClassResult,
  UNNAMED,
  readClassResults,
  resultsCsv,
  subscribeClassResults,
  summarise,
  summaryCsv,
} from './class-results';
import { type ClassroomReset, resetClassroom } from './classroom-reset';
import { useClassroom } from './use-classroom';

const KIND: Readonly<Record<ClassResult['kind'], string>> = {
  step: 'Test me',
  fix: 'Whole fix',
  quiz: 'Quiz',
};

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const pct = (n: number | undefined) => (n === undefined ? '–' : `${n}%`);

/**
 * Each article's own title, as presenter mode, the quiz and the step pages show it (the catalogue has the guides'
 * titles only, which say the symptom; the search's light data has the article's).
 */
const KB_TITLES: ReadonlyMap<string, string> = new Map(SEARCH.map((s) => [s.id, s.kbTitle]));

export function Component() {
  const [classroom, setClassroom] = useClassroom();
  const results = useSyncExternalStore(subscribeClassResults, readClassResults, readClassResults);
  const [reset, setReset] = useState<ClassroomReset | null>(null);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const summary = summarise(results);
  const stamp = new Date().toISOString().slice(0, 10);

  useEffect(() => {
    document.title = 'Classroom – KB Wizard';
    headingRef.current?.focus();
  }, []);

  const doReset = () => {
    const r = resetClassroom();
    setReset(r);
    setStatus(
      `Ready for the next class: ${r.results === 1 ? 'one result' : `${r.results} results`} and ${r.cases === 1 ? 'one practice case' : `${r.cases} practice cases`} cleared. Helpdesk cases and statistics were not touched.`,
    );
  };
  const undo = () => {
    reset?.undo();
    setReset(null);
    setStatus('The results and practice cases are back.');
  };

  return (
    <div className="mt-4 grid max-w-5xl gap-8">
      <div>
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-bold">
          Classroom
        </h1>
        <p className="mt-2 max-w-prose text-lg text-slate-700">
          For trainers teaching the fix: present it, let learners practise and test themselves on the screen pictures,
          then see everyone’s results. Everything stays in this browser.
        </p>
      </div>

      <section aria-labelledby={`${id}-mode`} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id={`${id}-mode`} className="text-xl font-bold">
          Classroom mode
        </h2>
        <label className="flex items-start gap-3 text-lg">
          <input
            type="checkbox"
            className="mt-1.5 size-5 shrink-0 accent-brand-700"
            checked={classroom}
            onChange={(e) => setClassroom(e.currentTarget.checked)}
            data-testid="classroom-flag"
          />
          <span>
            This browser is used for a class
            <span className="block text-base text-slate-700">
              Cases started and finished while it is on are practice: they are not counted in the helpdesk’s outcome
              statistics, and the reset below clears them.
            </span>
          </span>
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="danger" onClick={doReset}>
            Reset for the next class
          </Button>
          {reset && (
            <Button variant="secondary" onClick={undo}>
              Undo the reset
            </Button>
          )}
          <p className="text-base text-slate-700">Clears the results below and the practice cases; nothing else.</p>
        </div>
        <p role="status" className="text-base font-semibold" data-testid="classroom-status">
          {status}
        </p>
      </section>

      <section aria-labelledby={`${id}-results`} className="grid gap-3">
        <h2 id={`${id}-results`} className="text-xl font-bold">
          Results by learner
        </h2>
        {results.length === 0 ? (
          <p className="text-slate-700" data-testid="no-results">
            No results yet. They appear here when a learner finishes Test me, the whole-fix test or the quiz in this
            browser.
          </p>
        ) : (
          <>
            <TableScroll label="Results by learner">
              <table className="w-full min-w-[40rem] border-collapse text-left" data-testid="results-summary">
                <caption className="sr-only">
                  One line per learner: how many tests, the average and the last score of each kind
                </caption>
                <TableHead
                  columns={['Learner', 'Tests', 'Average', 'Last Test me', 'Last whole fix', 'Last quiz', 'Last test']}
                />
                <tbody>
                  {summary.map((s) => (
                    <tr key={s.learner} className="border-b border-slate-200" data-learner={s.learner}>
                      <th scope="row" className={s.learner === UNNAMED ? 'py-2 pr-3 font-normal italic' : 'py-2 pr-3'}>
                        {s.learner}
                      </th>
                      <td className="py-2 pr-3">{s.tests}</td>
                      <td className="py-2 pr-3">{`${s.average}%`}</td>
                      <td className="py-2 pr-3">{pct(s.lastStep)}</td>
                      <td className="py-2 pr-3">{pct(s.lastFix)}</td>
                      <td className="py-2 pr-3">{pct(s.lastQuiz)}</td>
                      <td className="py-2">{when(s.lastAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <div className="flex flex-wrap gap-2">
              <Button
                variant="secondary"
                onClick={() => {
                  downloadText(`class-summary-${stamp}.csv`, summaryCsv(results), 'text/csv');
                  setStatus('The summary was saved to your downloads.');
                }}
              >
                Download the summary (CSV)
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  downloadText(`class-results-${stamp}.csv`, resultsCsv(results), 'text/csv');
                  setStatus('Every result was saved to your downloads.');
                }}
              >
                Download every result (CSV)
              </Button>
            </div>
            <details className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
              <summary className="cursor-pointer font-semibold">{`Every result (${results.length})`}</summary>
              <TableScroll className="mt-3" label="Every result">
                <table className="w-full min-w-[40rem] border-collapse text-left text-base">
                  <caption className="sr-only">Every result, newest first</caption>
                  <TableHead columns={['Learner', 'Test', 'What', 'Score', 'Right', 'When']} />
                  <tbody>
                    {[...results].reverse().map((r) => (
                      <tr key={r.id} className="border-b border-slate-200">
                        <td className="py-2 pr-3">{r.learner || UNNAMED}</td>
                        <td className="py-2 pr-3">{KIND[r.kind]}</td>
                        <td className="py-2 pr-3">{r.title}</td>
                        <td className="py-2 pr-3">{`${r.score}%`}</td>
                        <td className="py-2 pr-3">{`${r.right} of ${r.total}`}</td>
                        <td className="py-2">{when(r.finishedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </details>
          </>
        )}
      </section>

      {CATALOG.map((flow) => {
        const kbTitle = KB_TITLES.get(flow.id);
        return (
          <section
            key={flow.id}
            aria-labelledby={`${id}-${flow.id}`}
            className="grid gap-2 rounded-xl border border-slate-200 bg-white p-5"
          >
            <h2 id={`${id}-${flow.id}`} className="text-xl font-bold">
              {`KB ${flow.kb}: ${kbTitle ?? flow.title}`}
            </h2>
            {kbTitle && (
              <p className="text-base text-slate-700" data-testid="guide-symptom">
                {`What it looks like: ${flow.title}.`}
              </p>
            )}
            <ul className="grid gap-2 text-lg sm:grid-cols-2">
              <li>
                <Link
                  to={CLASS_PATHS.present(flow.id)}
                  className="font-semibold text-brand-700 underline underline-offset-2"
                >
                  Presenter mode
                </Link>
                <span className="block text-base text-slate-700">
                  The article’s story as slides, with notes and an audience window.
                </span>
              </li>
              <li>
                <Link
                  to={CLASS_PATHS.practise(flow.id)}
                  className="font-semibold text-brand-700 underline underline-offset-2"
                >
                  Practise the fix
                </Link>
                <span className="block text-base text-slate-700">Let me try on the first fix step, with hints.</span>
              </li>
              <li>
                <Link
                  to={CLASS_PATHS.fixTest(flow.id)}
                  className="font-semibold text-brand-700 underline underline-offset-2"
                >
                  Test the whole fix
                </Link>
                <span className="block text-base text-slate-700">Every object in one test, scored.</span>
              </li>
              <li>
                <Link
                  to={CLASS_PATHS.quiz(flow.id)}
                  className="font-semibold text-brand-700 underline underline-offset-2"
                >
                  Diagnosis quiz
                </Link>
                <span className="block text-base text-slate-700">Five described cases: where does each lead?</span>
              </li>
            </ul>
          </section>
        );
      })}
    </div>
  );
}
