/**
 * The start page's list of cases (loaded only when there are cases, see
 * load-case-list.ts): open cases newest first, each named by what identifies
 * it to a person, with where it stands and its last change; open, rename,
 * close and delete, each undoable; the closed cases listed apart. Built for
 * a helpdesk day of ten or more cases: every action is a button or link in
 * reading order, a filter appears once the list is long, and focus never
 * gets lost when a row goes away.
 */
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { plainText } from '@/components/ui/rich-text';
import type { Flow } from '@/content/schema';
import { verdict } from '@/engine/verdict';
import { walk } from '@/engine/walk';
import { formatWhen } from '@/lib/format-when';
import { quoted } from '@/lib/quote';
import { caseName } from '@/features/wizard/case-name';
import { hasContent, type StoredCase, NAME_MAX, caseActions as actions, useCases, useListAction } from '@/store';
import { kindAndTitle, levelLabel, outcomeKindLabel } from '@/features/wizard/transcript';

import { paths } from '@/lib/paths';

/** From this many cases on, a filter box helps find one. */
const FILTER_FROM = 6;

type Row = {
  caseId: string;
  flow: Flow;
  stored: StoredCase;
  name: string;
  /** Where the case stands, in words. */
  where: string;
  /** At its result: what is left is to close it. */
  finished: boolean;
  /** Its article, after the articles it was handed over from ("KB Q255888 → KB Q186742"). */
  kbs: string;
  /** Everything a filter looks in. */
  haystack: string;
};

function describe(flows: readonly Flow[], caseId: string, stored: StoredCase): Row | undefined {
  const flow = flows.find((f) => f.id === stored.flowId);
  if (!flow || !hasContent(stored, 'all')) return undefined;
  const w = walk(flow, stored);
  const title = plainText(w.current.title);
  const finished = w.finished && w.current.kind === 'outcome';
  // A result short of confirmed says so here too: a case someone means to come back to is not done with.
  const v = finished && w.current.kind === 'outcome' ? verdict(flow, w, w.current) : undefined;
  const sure = v && v.level !== 'confirmed' ? ` (${levelLabel(v.level).toLowerCase()}, not confirmed)` : '';
  const where =
    finished && w.current.kind === 'outcome'
      ? `Finished${sure}: ${kindAndTitle(outcomeKindLabel(w.current.type), title)}`
      : `Step ${w.path.length}: ${title}`;
  const name = caseName(stored, flow.kb.id);
  const kb = (id: string) => `KB ${flows.find((f) => f.id === id)?.kb.id ?? id}`;
  const kbs = [...(stored.earlier ?? []).map((p) => kb(p.flowId)), `KB ${flow.kb.id}`].join(' → ');
  const haystack = [name, stored.sessionNote?.text ?? '', where, kbs].join('\n').toLowerCase();
  return { caseId, flow, stored, name, where, finished, kbs, haystack };
}

/** The cases, each named and described from its guide (`flows`: every guide, loaded with this list). */
export function CaseList({ flows }: { flows: readonly Flow[] }) {
  const cases = useCases();
  const id = useId();
  const [filter, setFilter] = useState('');
  /** The case an undo brought back: its link takes the focus once it is listed again. */
  const focusCase = useRef<string | null>(null);
  const listRef = useRef<HTMLElement>(null);

  const rows = useMemo(
    () => Object.entries(cases).flatMap(([caseId, c]) => describe(flows, caseId, c) ?? []),
    [cases, flows],
  );
  const open = rows
    .filter((r) => r.stored.closedAt === undefined)
    .sort((a, b) => b.stored.updatedAt - a.stored.updatedAt);
  const closed = rows
    .filter((r) => r.stored.closedAt !== undefined)
    .sort((a, b) => (b.stored.closedAt ?? 0) - (a.stored.closedAt ?? 0));
  const needle = filter.trim().toLowerCase();
  const matches = (r: Row) => !needle || r.haystack.includes(needle);
  const shown = open.filter(matches);
  // A call-back can be about a case closed earlier: the filter looks among the closed ones too, and opens their
  // list when it finds one there.
  const closedShown = closed.filter(matches);
  const [closedOpen, setClosedOpen] = useState(false);

  // After an undo brings a case back, focus its link (it may have moved in the list).
  useEffect(() => {
    if (!focusCase.current) return;
    listRef.current?.querySelector<HTMLElement>(`[data-case-link="${CSS.escape(focusCase.current)}"]`)?.focus();
    focusCase.current = null;
  }, [cases]);

  return (
    <section ref={listRef} aria-labelledby={`${id}-title`} className="grid min-w-0 gap-4" data-testid="case-list">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`${id}-title`} tabIndex={-1} className="text-2xl font-bold">
          Your open cases ({open.length})
        </h2>
        <a href="#start-new" className="text-brand-700 underline underline-offset-2">
          Start a new case
        </a>
      </div>
      <ListMessage flows={flows} onUndone={(caseId) => (focusCase.current = caseId)} last={rows.length === 0} />
      {rows.length >= FILTER_FROM && (
        <div className="grid max-w-md gap-1">
          <label htmlFor={`${id}-filter`} className="font-semibold">
            Find a case
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            aria-describedby={`${id}-count`}
            className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3"
          />
          <p id={`${id}-count`} className="text-sm text-slate-600" aria-live="polite">
            {needle
              ? `${shown.length} of ${open.length} open cases match${closed.length ? `, and ${closedShown.length} of ${closed.length} closed ones` : ''}.`
              : `By name, case note or step${closed.length ? ', open or closed' : ''}.`}
          </p>
        </div>
      )}
      {open.length === 0 ? (
        <p className="text-slate-700">{closed.length ? 'No open cases. Closed ones are below.' : 'No cases.'}</p>
      ) : (
        <ul className="grid gap-3" data-testid="open-cases">
          {shown.map((r) => (
            <OpenCaseRow key={r.caseId} row={r} />
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <details
          className="rounded-lg border border-slate-200 bg-white p-4"
          data-testid="closed-cases"
          open={closedOpen || (!!needle && closedShown.length > 0)}
          onToggle={(e) => setClosedOpen(e.currentTarget.open)}
        >
          <summary className="cursor-pointer font-semibold text-brand-700">
            Closed cases ({needle ? `${closedShown.length} of ${closed.length}` : closed.length})
          </summary>
          <ul className="mt-3 grid gap-3">
            {closedShown.map((r) => (
              <ClosedCaseRow key={r.caseId} row={r} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function CaseLink({ row }: { row: Row }) {
  return (
    <Link
      to={paths.resume({ flowId: row.flow.id, caseId: row.caseId })}
      data-case-link={row.caseId}
      className="font-semibold text-brand-700 underline underline-offset-2"
    >
      {row.name}
    </Link>
  );
}

function OpenCaseRow({ row }: { row: Row }) {
  const [renaming, setRenaming] = useState(false);
  const renameRef = useRef<HTMLButtonElement>(null);
  const back = useRef(false);
  useEffect(() => {
    if (!renaming && back.current) {
      back.current = false;
      renameRef.current?.focus();
    }
  }, [renaming]);
  const done = () => {
    back.current = true;
    setRenaming(false);
  };

  return (
    <li
      className="flex min-w-0 flex-wrap items-start justify-between gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm wrap-anywhere"
      data-testid="case-row"
    >
      <div className="grid min-w-0 flex-1 basis-64 gap-1">
        {renaming ? (
          <RenameForm row={row} onDone={done} />
        ) : (
          // The row breaks a long name anywhere; a heading's own rule (break a word only when it must) would not
          // narrow the row, so a name with no break in it ran under the buttons.
          <h3 className="text-lg wrap-anywhere">
            <CaseLink row={row} />
          </h3>
        )}
        <p className="text-sm text-slate-700">
          {row.kbs} · {row.where}
          <br />
          Last change {formatWhen(row.stored.updatedAt) || 'not known'}
        </p>
      </div>
      {!renaming && (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" ref={renameRef} onClick={() => setRenaming(true)}>
            Rename<span className="sr-only"> {row.name}</span>
          </Button>
          {/* A finished case waits only to be closed: that is its next action. */}
          <Button variant={row.finished ? 'primary' : 'secondary'} onClick={() => actions.close(row.flow, row.caseId)}>
            Close<span className="sr-only"> {row.name}</span>
          </Button>
          <Button variant="secondary" onClick={() => actions.remove(row.flow, row.caseId)}>
            Delete<span className="sr-only"> {row.name}</span>
          </Button>
        </div>
      )}
    </li>
  );
}

function RenameForm({ row, onDone }: { row: Row; onDone: () => void }) {
  const id = useId();
  const [value, setValue] = useState(row.stored.name ?? row.name);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const save = (e: FormEvent) => {
    e.preventDefault();
    actions.rename(row.caseId, value);
    onDone();
  };
  return (
    <form onSubmit={save} className="grid gap-2" data-testid="rename-form">
      <label htmlFor={`${id}-name`} className="font-semibold">
        Name of the case
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        Leave it empty to name the case from the first line of its case note.
      </p>
      <input
        ref={input}
        id={`${id}-name`}
        value={value}
        maxLength={NAME_MAX}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onDone();
          }
        }}
        className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3"
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit">Save name</Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function ClosedCaseRow({ row }: { row: Row }) {
  return (
    <li
      className="flex min-w-0 flex-wrap items-start justify-between gap-x-4 gap-y-2 rounded-md border border-slate-200 p-3 wrap-anywhere"
      data-testid="closed-row"
    >
      <div className="grid min-w-0 flex-1 basis-64 gap-1">
        <h3 className="wrap-anywhere">
          <CaseLink row={row} />
        </h3>
        <p className="text-sm text-slate-700">
          {row.kbs} · {row.where}
          <br />
          Closed {formatWhen(row.stored.closedAt) || 'at a time not known'}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => actions.reopen(row.caseId)}>
          Reopen<span className="sr-only"> {row.name}</span>
        </Button>
        <Button variant="secondary" onClick={() => actions.remove(row.flow, row.caseId)}>
          Delete<span className="sr-only"> {row.name}</span>
        </Button>
      </div>
    </li>
  );
}

const DONE_TEXT = { close: 'closed: it is under “Closed cases”', reopen: 'reopened', delete: 'deleted' } as const;

/**
 * What the last close, reopen or delete did, with Undo. No time limit (WCAG
 * 2.2.1): it stays until dismissed or replaced by the next one. It takes the
 * focus, since the row the focus was on may have just left the list. `last`:
 * the list holds no case any more, so it goes with the message (the start page
 * keeps it for the message alone).
 */
function ListMessage({
  flows,
  onUndone,
  last: emptied,
}: {
  flows: readonly Flow[];
  onUndone: (caseId: string) => void;
  last: boolean;
}) {
  const last = useListAction();
  const ref = useRef<HTMLDivElement>(null);
  const at = last?.at;
  useEffect(() => {
    if (at) ref.current?.focus();
  }, [at]);
  if (!last) return null;
  const flow = flows.find((f) => f.id === last.previous.flowId);
  const name = caseName(last.previous, flow?.kb.id ?? last.previous.flowId);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-brand-600 bg-brand-50 p-3 wrap-anywhere"
      data-testid="list-message"
    >
      <p className="min-w-0 flex-1 basis-56">
        Case {quoted(name)} {DONE_TEXT[last.action]}.
      </p>
      <div className="flex gap-2">
        <Button
          variant="secondary"
          onClick={() => {
            if (actions.undoListAction(flow)) onUndone(last.caseId);
          }}
        >
          Undo
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            // The message goes: focus goes to the list's heading rather than the page; when the list goes too, to
            // the heading of the guides that follow it.
            const list = ref.current?.parentElement;
            const heading = (emptied ? list?.nextElementSibling : list)?.querySelector('h2');
            if (heading) {
              heading.tabIndex = -1;
              heading.focus();
            }
            actions.dismissListAction();
          }}
        >
          Dismiss
        </Button>
      </div>
    </div>
  );
}
