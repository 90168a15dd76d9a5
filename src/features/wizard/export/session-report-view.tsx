import { quoted } from '@/lib/quote';

import type { ReportLine, SessionReport } from './session-report';
import {
  OFF_PATH,
  cited,
  formatTime,
  fromPaste,
  outcomeNotes,
  resultText,
  surenessText,
  titled,
} from './session-report';

/** A note, and what it is on when that is not the line it follows (`on`: the title of its step). */
function Note({ text, on }: { text?: string; on?: string }) {
  if (!text) return null;
  return (
    <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm whitespace-pre-wrap wrap-anywhere text-slate-800">
      <span className="font-semibold">{on ? `Note on ${quoted(on)}: ` : 'Note: '}</span>
      {text}
    </blockquote>
  );
}

/** The parts of a case walked in other guides before it was handed over to this one: their answers and where they ended. */
function EarlierParts({ report }: { report: SessionReport }) {
  const parts = report.earlier ?? [];
  const n = parts.length + 1;
  return (
    <>
      {parts.map((p, i) => (
        <section
          key={i}
          aria-labelledby={`r-part-${i}`}
          className="print:break-inside-avoid"
          data-testid="report-earlier-part"
        >
          <h2 id={`r-part-${i}`} className="text-lg font-bold">
            Part {i + 1} of {n}: KB {p.kb}, {p.kbTitle}
          </h2>
          <ol className="mt-2 grid list-inside list-decimal gap-2">
            {p.lines
              .filter((l) => l.kind === 'answer')
              .map((l) => (
                <li key={l.id}>
                  <Answer line={l} />
                  <Note text={l.note} />
                </li>
              ))}
          </ol>
          <p className="mt-2">
            <span className="font-semibold">Continued in KB {(parts[i + 1] ?? report).kb} from:</span> {p.handedOver}
          </p>
        </section>
      ))}
      <h2 className="border-t border-slate-300 pt-4 text-lg font-bold" data-testid="report-this-part">
        Part {n} of {n}: KB {report.kb}
      </h2>
    </>
  );
}

/** "Which event: 7044", "Did it work? Yes", with where a pasted event gave it. */
function Answer({ line }: { line: ReportLine & { kind: 'answer' } }) {
  return (
    <>
      <span className="font-semibold">{titled(line.title, '')}</span> {line.answer}
      {fromPaste(line)}
    </>
  );
}

function StepItem({ line: l }: { line: ReportLine & { kind: 'step' } }) {
  return (
    <li className="print:break-inside-avoid">
      <span className="font-semibold">
        <span aria-hidden="true">{l.done ? '☑' : '☐'}</span> {l.title}
      </span>
      <span className="sr-only">{l.done ? ' (done)' : ' (not finished)'}</span>
      {l.assumed ? (
        <span className="text-sm text-slate-600"> (assumed done: the case was started at a later step)</span>
      ) : (
        l.done && l.at !== undefined && <span className="text-sm text-slate-600"> ({formatTime(l.at)})</span>
      )}
      {l.items.length > 0 && (
        <ul className="mt-1 ml-6 grid gap-1 text-sm">
          {l.items.map((i) => (
            <li key={i.label}>
              <span aria-hidden="true">{i.ticked ? '☑' : '☐'}</span> {i.label}
              <span className="sr-only">{i.ticked ? ' (ticked)' : ' (not ticked)'}</span>
            </li>
          ))}
        </ul>
      )}
      <Note text={l.note} />
    </li>
  );
}

/** The whole session as a document: on screen on the hand-over page, and what prints. */
export function SessionReportView({ report }: { report: SessionReport }) {
  const answers = report.lines.filter((l) => l.kind === 'answer');
  const steps = report.lines.filter((l) => l.kind === 'step');
  const notes = outcomeNotes(report);
  return (
    <div className="grid min-w-0 gap-6 wrap-anywhere" data-testid="session-report">
      {report.earlier?.length ? <EarlierParts report={report} /> : null}
      <section aria-labelledby="r-case" className="print:break-inside-avoid">
        <h2 id="r-case" className="text-lg font-bold">
          Case
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
          {report.name && (
            <>
              <dt className="font-semibold">Name</dt>
              <dd>{report.name}</dd>
            </>
          )}
          <dt className="font-semibold">Article</dt>
          <dd>
            KB {report.kb}: {report.kbTitle}
          </dd>
          <dt className="font-semibold">Applies to</dt>
          <dd>{report.appliesTo.join('; ')}</dd>
          <dt className="font-semibold">Way in</dt>
          <dd>{report.way}</dd>
          {report.startedAtStep && (
            <>
              <dt className="font-semibold">Started at</dt>
              <dd>{report.startedAtStep} (from a link to that step)</dd>
            </>
          )}
          <dt className="font-semibold">Started</dt>
          <dd>{formatTime(report.startedAt)}</dd>
          <dt className="font-semibold">Last change</dt>
          <dd>{formatTime(report.updatedAt)}</dd>
        </dl>
      </section>
      <section aria-labelledby="r-answers">
        <h2 id="r-answers" className="text-lg font-bold">
          Answers
        </h2>
        {answers.length === 0 ? (
          <p className="mt-2 text-slate-700">Nothing answered yet.</p>
        ) : (
          <ol className="mt-2 grid list-inside list-decimal gap-2" data-testid="report-answers">
            {answers.map((l) => (
              <li key={l.id} className="print:break-inside-avoid">
                <Answer line={l} />
                {l.assumed ? (
                  <span className="text-sm text-slate-600"> (assumed: the case was started at a later step)</span>
                ) : (
                  l.at !== undefined && <span className="text-sm text-slate-600"> ({formatTime(l.at)})</span>
                )}
                <Note text={l.note} />
              </li>
            ))}
          </ol>
        )}
        {report.pastedEvents && (
          <>
            <h3 className="mt-3 font-semibold">Events pasted from Event Viewer</h3>
            <ul className="mt-1 list-inside list-disc text-sm wrap-anywhere" data-testid="report-events">
              {report.pastedEvents.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="r-diagnosis" className="print:break-inside-avoid">
        <h2 id="r-diagnosis" className="text-lg font-bold">
          Diagnosis
        </h2>
        {report.diagnosis ? (
          <p className="mt-2" data-testid="report-diagnosis">
            <span className="font-semibold">{cited(report.diagnosis.title, report.diagnosis.source)}</span>.{' '}
            <span data-testid="report-level">How sure: {surenessText(report.diagnosis)}.</span>{' '}
            {report.diagnosis.supporting} answers support it, {report.diagnosis.contradicting} contradict it.
          </p>
        ) : (
          <p className="mt-2">
            {report.status.source
              ? `KB ${report.kb}’s cause was not reached: see the result below.`
              : `None reached yet: KB ${report.kb} is not confirmed.`}
          </p>
        )}
        {notes.onTheWay.map((l) => (
          <Note key={l.id} text={l.note} on={l.title} />
        ))}
      </section>
      {steps.length > 0 && (
        <section aria-labelledby="r-steps">
          <h2 id="r-steps" className="text-lg font-bold">
            Steps
          </h2>
          <ul className="mt-2 grid gap-3" data-testid="report-steps">
            {steps.map((l) => (
              <StepItem key={l.id} line={l} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="r-result" className="print:break-inside-avoid">
        <h2 id="r-result" className="text-lg font-bold">
          {report.status.finished ? 'Result' : 'Where it stands'}
        </h2>
        <p className="mt-2" data-testid="report-status">
          {report.status.finished ? (
            <span className="font-semibold">{resultText(report)}</span>
          ) : (
            <>
              <span className="font-semibold">{report.status.label}:</span>{' '}
              {cited(report.status.title, report.status.source)}
            </>
          )}
          {!report.status.finished && report.status.level && report.status.title !== report.diagnosis?.title && (
            <> How sure: {surenessText({ level: report.status.level, toSettle: report.status.toSettle ?? [] })}.</>
          )}
        </p>
        <Note text={notes.atResult?.note} />
        {report.status.next && (
          <>
            <h3 className="mt-3 font-semibold">What to check next</h3>
            <ul className="mt-1 list-inside list-disc" data-testid="report-next">
              {report.status.next.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      {report.offPath.length > 0 && (
        <section aria-labelledby="r-off-path" data-testid="report-off-path">
          <h2 id="r-off-path" className="text-lg font-bold">
            No longer on the path
          </h2>
          <p className="mt-1 text-slate-700">{OFF_PATH}</p>
          <ul className="mt-2 grid gap-3">
            {report.offPath.map((l) =>
              l.kind === 'step' ? (
                <StepItem key={l.id} line={l} />
              ) : (
                <li key={l.id}>
                  {l.kind === 'answer' ? <Answer line={l} /> : <span className="font-semibold">{l.title}</span>}
                  <Note text={l.note} />
                </li>
              ),
            )}
          </ul>
        </section>
      )}
      {report.sessionNote && (
        <section aria-labelledby="r-notes" className="print:break-inside-avoid">
          <h2 id="r-notes" className="text-lg font-bold">
            Case notes
          </h2>
          <p className="mt-2 whitespace-pre-wrap wrap-anywhere" data-testid="report-case-notes">
            {report.sessionNote}
          </p>
        </section>
      )}
    </div>
  );
}
