/**
 * The end of a test: a score for each action and overall, with the wrong
 * actions and time counted, and ways to keep the result (CSV or JSON file,
 * or plain text on the clipboard). The result is also kept in this browser
 * for the class, under the learner's name when they give one (optional; it
 * can be typed after the test too). Nothing leaves the browser.
 *
 * The score for each action is a table where the results have room for its
 * five columns, and a list of the same rows, each with its values named, where
 * they have not (a phone): never a table to scroll sideways.
 */
import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';

import { Button, ButtonLink } from '@/components/ui/button';
import { TableHead } from '@/components/ui/table-head';
import { plainText } from '@/components/ui/rich-text';
import type { StepNode } from '@/content/schema';
import type { TrainerMove } from '@/content/trainer-moves';
import { cn } from '@/lib/cn';

import { CLASS_PATHS } from './class/class-paths';
import {
  WHOLE_FIX_ID,
  currentLearner,
  renameClassResult,
  saveClassResult,
  setLearner,
  wholeFixPart,
} from './class/class-results';
import { moveInstruction } from './move-text';
import type { NextPractice } from './next-practice';
import type { MoveRecord } from './practice-machine';
import { copyText as copyToClipboard } from '@/lib/clipboard';
import { downloadText as saveText } from '@/lib/download';
import { reportCsv, reportJson, reportText, scoreReport } from './scoring';

type TestResultsProps = {
  flowId: string;
  step: StepNode;
  moves: readonly TrainerMove[];
  records: readonly MoveRecord[];
  onRestart: () => void;
  large?: boolean;
  /** The fix step to practise next (the step page without a case), offered as the end of Let me try offers it. */
  next?: NextPractice;
};

export function TestResults({ flowId, step, moves, records, onRestart, large = false, next }: TestResultsProps) {
  // The time the results were first shown stands for when the test ended.
  const [finishedAt] = useState(() => new Date().toISOString());
  const report = useMemo(
    () =>
      scoreReport({ flowId, stepId: step.id, stepTitle: plainText(step.title), finishedAt }, records, (i) =>
        // As the hints and Show me word it (a picture's move by its control; no full stop after "Add…").
        plainText(moves[i] ? moveInstruction(moves[i]) : ''),
      ),
    [flowId, step, records, moves, finishedAt],
  );
  /**
   * The whole fix joins several steps (Organization, Site, Configuration), whose actions read alike ("Click OK."):
   * the step each begins, above the first of its rows.
   */
  const partAt = (i: number): string | undefined => {
    if (step.id !== WHOLE_FIX_ID) return undefined;
    const ids = step.actions.map((a) => a.id);
    const part = (row: number) => wholeFixPart(ids, moves[(report.rows[row]?.number ?? 0) - 1]?.actionId ?? '');
    return i === 0 || part(i) !== part(i - 1) ? plainText(step.intro?.[part(i)] ?? '') || undefined : undefined;
  };
  const [copied, setCopied] = useState<'idle' | 'ok' | 'failed'>('idle');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const resultId = `${flowId}:${step.id}:${finishedAt}`;
  const [learner, setLearnerName] = useState(currentLearner);
  const nameId = useId();
  // Keep the result for the class (saving the same test twice replaces it).
  useEffect(() => {
    saveClassResult({
      id: resultId,
      learner: currentLearner(),
      kind: step.id === WHOLE_FIX_ID ? 'fix' : 'step',
      flowId,
      title: report.stepTitle,
      finishedAt,
      score: report.overall,
      right: report.firstTime,
      total: report.rows.length,
      wrong: report.wrongTotal,
      seconds: report.seconds,
    });
  }, [resultId, step.id, flowId, report, finishedAt]);
  const file = `test-${flowId}-${step.id}-${finishedAt.slice(0, 19).replace(/[:T]/g, '-')}`;

  return (
    <section
      aria-labelledby="test-results-title"
      data-slot="test-results"
      className={cn(
        '@container grid gap-4 rounded-lg border-2 border-brand-700 bg-white p-4',
        large ? 'text-xl' : 'text-base',
      )}
    >
      <h3 id="test-results-title" ref={headingRef} tabIndex={-1} className="text-lg font-bold">
        Test results
      </h3>
      <p className="text-2xl font-bold" data-testid="overall-score">
        {`Overall score: ${report.overall}%`}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <label htmlFor={nameId} className="grid gap-1 text-base">
          <span className="font-semibold">Learner’s name (optional)</span>
          <input
            id={nameId}
            type="text"
            autoComplete="off"
            maxLength={80}
            value={learner}
            onChange={(e) => {
              const name = e.currentTarget.value;
              setLearnerName(name);
              setLearner(name);
              renameClassResult(resultId, name);
            }}
            className="min-h-11 w-64 max-w-full rounded-md border border-slate-500 px-3"
          />
        </label>
        <p className="pb-2 text-sm text-slate-700">
          {'Kept in this browser with the class’s results. '}
          <Link to={CLASS_PATHS.classroom()} className="font-semibold text-brand-700 underline underline-offset-2">
            All results
          </Link>
        </p>
      </div>
      <p data-testid="test-summary">
        {`Wrong actions: ${report.wrongTotal} · right first time: ${report.firstTime} of ${report.rows.length} · time: ${report.seconds} s`}
      </p>
      {/* One of the two is shown (and so read): the table from 32rem across, the list below that. */}
      <ol aria-label="Score for each action" className="grid gap-2 text-sm @lg:hidden" data-testid="score-list">
        {report.rows.map((r, i) => (
          <li key={r.number} className="border-b border-slate-200 pb-2" data-row={r.number}>
            {partAt(i) && (
              <p className="mt-2 text-base font-bold" data-testid="score-part">
                {partAt(i)}
              </p>
            )}
            <p className="font-semibold">{`${r.number}. ${r.task}`}</p>
            <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3">
              <dt>Wrong actions</dt>
              <dd>{r.how === 'skipped' ? `${r.wrong} (given up)` : r.wrong}</dd>
              <dt>Time</dt>
              <dd>{`${r.seconds} s`}</dd>
              <dt>Score</dt>
              <dd>{`${r.score}%`}</dd>
            </dl>
          </li>
        ))}
      </ol>
      <div className="hidden @lg:block">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Score for each action</caption>
          <TableHead columns={['#', 'Action', 'Wrong actions', 'Time', 'Score']} />
          <tbody>
            {report.rows.map((r, i) => (
              <Fragment key={r.number}>
                {partAt(i) && (
                  <tr className="border-b border-slate-300">
                    <th scope="colgroup" colSpan={5} className="pt-3 pb-1 text-base" data-testid="score-part">
                      {partAt(i)}
                    </th>
                  </tr>
                )}
                <tr className="border-b border-slate-200" data-row={r.number}>
                  <td className="py-2 pr-3">{r.number}</td>
                  <td className="py-2 pr-3">{r.task}</td>
                  <td className="py-2 pr-3">{r.how === 'skipped' ? `${r.wrong} (given up)` : r.wrong}</td>
                  <td className="py-2 pr-3">{`${r.seconds} s`}</td>
                  <td className="py-2">{`${r.score}%`}</td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => saveText(`${file}.csv`, reportCsv(report), 'text/csv')}>
          Download CSV
        </Button>
        <Button variant="secondary" onClick={() => saveText(`${file}.json`, reportJson(report), 'application/json')}>
          Download JSON
        </Button>
        <Button
          variant="secondary"
          onClick={async () => setCopied((await copyToClipboard(reportText(report))) ? 'ok' : 'failed')}
        >
          Copy results
        </Button>
        <Button onClick={onRestart}>Take the test again</Button>
        {next && (
          <ButtonLink variant="secondary" to={next.to}>
            {`Practise the next step: ${next.title}`}
          </ButtonLink>
        )}
      </div>
      <p role="status" className="text-sm text-slate-700">
        {copied === 'ok'
          ? 'Results copied.'
          : copied === 'failed'
            ? 'This browser did not allow copying: use a download instead.'
            : ''}
      </p>
    </section>
  );
}
