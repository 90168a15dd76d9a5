/**
 * `/t/:flowId/class/quiz`: the diagnosis quiz (quiz.ts), case by case. The learner
 * reads what was found, chooses where it leads, checks the answer and reads
 * why; the result is kept for the class under their name (optional). The
 * quiz's seed is in the address, so a trainer can give the whole room the
 * same quiz; "Another quiz" draws a new one. A reload keeps the learner's
 * place, name and answers, and a finished quiz's result (quiz-progress.ts).
 * Radio buttons and buttons only, so it works by keyboard as it does by mouse.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Button } from '@/components/ui/button';
import { RichText, plainText } from '@/components/ui/rich-text';
import type { PresenterData } from '@/content/presenter-schema';
import { cn } from '@/lib/cn';
import { useFlow } from '@/features/wizard';

import { CLASS_PATHS } from './class-paths';
import { currentLearner, renameClassResult, saveClassResult, setLearner } from './class-results';
import { buildQuiz, quizScore } from './quiz';
import { readQuizProgress, saveQuizProgress } from './quiz-progress';

const newSeed = () => 1 + Math.floor(Math.random() * 999_999);

/** The quiz needs only the flow (the route also offers the presenter data, which it does not use). */
export function QuizPage(_props: { presenter?: PresenterData }) {
  const flow = useFlow();
  const [params, setParams] = useSearchParams();
  const parsed = Number(params.get('seed'));
  const seed = Number.isInteger(parsed) && parsed > 0 && parsed < 1e9 ? parsed : null;
  useEffect(() => {
    if (seed === null) setParams({ seed: String(newSeed()) }, { replace: true });
  }, [seed, setParams]);
  if (seed === null) return <p className="mt-4">Drawing the cases…</p>;
  return <Quiz key={seed} seed={seed} onAnother={() => setParams({ seed: String(newSeed()) })} flowId={flow.id} />;
}

function Quiz({ seed, onAnother, flowId }: { seed: number; onAnother: () => void; flowId: string }) {
  const flow = useFlow();
  const items = useMemo(() => buildQuiz(flow, { seed }), [flow, seed]);
  // Where this tab was in this quiz before a reload, if anywhere.
  const [restored] = useState(() => readQuizProgress(flowId, seed, items));
  const [at, setAt] = useState(restored?.at ?? 0);
  const [choice, setChoice] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Readonly<Record<string, string>>>(restored?.answers ?? {});
  const [learner, setLearnerName] = useState(() => restored?.learner ?? currentLearner());
  const [startedAt] = useState(() => restored?.startedAt ?? Date.now());
  const [finishedAt, setFinishedAt] = useState<string | null>(restored?.finishedAt ?? null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const caseRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const item = items[at];
  const checked = item ? answers[item.key] !== undefined : false;
  const resultId = `quiz:${flowId}:${seed}:${startedAt}`;

  useEffect(() => {
    document.title = `Diagnosis quiz – KB ${flow.kb.id} – KB Wizard`;
    headingRef.current?.focus();
  }, [flow.kb.id]);
  useEffect(() => {
    saveQuizProgress(flowId, seed, { at, answers, learner, startedAt, finishedAt });
  }, [flowId, seed, at, answers, learner, startedAt, finishedAt]);

  const check = () => {
    if (!item || !choice) return;
    setAnswers((a) => ({ ...a, [item.key]: choice }));
    requestAnimationFrame(() => feedbackRef.current?.focus());
  };
  const next = () => {
    if (at + 1 < items.length) {
      setAt(at + 1);
      setChoice(null);
      requestAnimationFrame(() => caseRef.current?.focus());
      return;
    }
    const done = new Date().toISOString();
    const { right, total, score } = quizScore(items, answers);
    saveClassResult({
      id: resultId,
      // The name in this tab's field (the one remembered for the next test may be another tab's since).
      learner,
      kind: 'quiz',
      flowId,
      title: 'Diagnosis quiz',
      finishedAt: done,
      score,
      right,
      total,
      wrong: total - right,
      seconds: Math.round((Date.now() - startedAt) / 100) / 10,
    });
    setFinishedAt(done);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const nameField = (
    <label htmlFor={`${id}-name`} className="grid max-w-sm gap-1">
      <span className="font-semibold">Your name (optional)</span>
      <input
        id={`${id}-name`}
        type="text"
        autoComplete="off"
        maxLength={80}
        value={learner}
        onChange={(e) => {
          const name = e.currentTarget.value;
          setLearnerName(name);
          setLearner(name);
          if (finishedAt) renameClassResult(resultId, name);
        }}
        className="min-h-11 rounded-md border border-slate-500 px-3"
      />
    </label>
  );

  if (finishedAt) {
    const { right, total, score } = quizScore(items, answers);
    return (
      <div className="mt-4 grid max-w-3xl gap-4">
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-bold">
          Diagnosis quiz
        </h1>
        <section
          aria-labelledby={`${id}-result`}
          className="grid gap-3 rounded-lg border-2 border-brand-700 bg-white p-5"
        >
          <h2 id={`${id}-result`} ref={resultRef} tabIndex={-1} className="text-2xl font-bold" data-testid="quiz-score">
            {`Your result: ${right} of ${total} (${score}%)`}
          </h2>
          <ol className="grid gap-3" data-testid="quiz-review">
            {items.map((q, i) => {
              const given = q.options.find((o) => o.id === answers[q.key]);
              const ok = given?.id === q.answer;
              return (
                <li key={q.key}>
                  <span className={cn('block font-semibold', ok ? 'text-green-800' : 'text-red-800')}>
                    {`Case ${i + 1}: ${ok ? 'right' : 'not right'}.`}
                  </span>{' '}
                  <span className="block">
                    <span className="font-semibold">Your answer: </span>
                    {given ? <RichText text={given.title} /> : 'none'}
                  </span>{' '}
                  {!ok && (
                    <span className="block">
                      <span className="font-semibold">The right answer: </span>
                      <RichText text={q.options.find((o) => o.id === q.answer)!.title} />
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
          {nameField}
          <p className="text-sm text-slate-700">
            {'Kept in this browser with the class’s results. '}
            <Link to={CLASS_PATHS.classroom()} className="font-semibold text-brand-700 underline underline-offset-2">
              All results
            </Link>
          </p>
          <div>
            <Button onClick={onAnother}>Another quiz</Button>
          </div>
        </section>
      </div>
    );
  }

  if (!item) {
    return (
      <div className="mt-4">
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-bold">
          Diagnosis quiz
        </h1>
        <p className="mt-2">This guide has no cases to build a quiz from.</p>
      </div>
    );
  }
  const picked = answers[item.key];
  const right = picked === item.answer;
  return (
    <div className="mt-4 grid max-w-3xl gap-5">
      <div>
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-bold">
          Diagnosis quiz
        </h1>
        <p className="mt-2 text-lg text-slate-700">
          {`${items.length} cases, each described by what an administrator found. Choose where each one leads: the article’s cause, another cause, or why it is probably not this article.`}
        </p>
      </div>
      {at === 0 && !checked && nameField}
      <section
        aria-labelledby={`${id}-case`}
        className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5"
        data-testid="quiz-case"
      >
        <h2 id={`${id}-case`} ref={caseRef} tabIndex={-1} className="text-xl font-bold">
          {`Case ${at + 1} of ${items.length}`}
        </h2>
        <dl className="grid gap-2">
          {item.facts.map((f) => (
            <div key={f.questionId}>
              <dt className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{plainText(f.question)}</dt>
              <dd className="text-lg">
                <RichText text={f.answer} />
              </dd>
            </div>
          ))}
        </dl>
        <fieldset className="grid gap-2" disabled={checked}>
          <legend className="mb-2 text-lg font-bold">Where does this case lead?</legend>
          {item.options.map((o) => {
            const mark = checked && o.id === item.answer ? 'right' : checked && o.id === picked ? 'wrong' : null;
            return (
              <label
                key={o.id}
                className={cn(
                  'flex min-h-11 items-start gap-3 rounded-md border-2 px-3 py-2',
                  mark === 'right'
                    ? 'border-green-700 bg-green-50'
                    : mark === 'wrong'
                      ? 'border-red-700 bg-red-50'
                      : 'border-slate-300',
                )}
              >
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={o.id}
                  checked={(checked ? picked : choice) === o.id}
                  onChange={() => setChoice(o.id)}
                  className="mt-1 size-5 shrink-0 accent-brand-700"
                />
                <span>
                  <RichText text={o.title} />
                  {mark && (
                    <span className="font-semibold">{mark === 'right' ? ' (the right answer)' : ' (your answer)'}</span>
                  )}
                </span>
              </label>
            );
          })}
        </fieldset>
        {!checked ? (
          <div>
            <Button onClick={check} disabled={!choice}>
              Check my answer
            </Button>
          </div>
        ) : (
          <div className="grid gap-3">
            <p
              ref={feedbackRef}
              tabIndex={-1}
              className={cn('text-lg font-bold', right ? 'text-green-800' : 'text-red-800')}
              data-testid="quiz-feedback"
            >
              {right ? 'Right.' : 'Not quite. It leads to: '}
              {!right && <RichText text={item.options.find((o) => o.id === item.answer)!.title} />}
            </p>
            <p>
              <RichText text={item.explanation} />
            </p>
            <div>
              <Button onClick={next}>{at + 1 < items.length ? 'Next case' : 'See my result'}</Button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
