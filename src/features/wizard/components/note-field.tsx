import { memo, useId, useState } from 'react';

import { Button } from '@/components/ui/button';
import type { Flow } from '@/content/schema';
import { NOTE_MAX } from '@/store';
import { useCaseActions } from '@/features/wizard/hooks/use-case';

/**
 * A note saved as it is typed (no save button), kept across reloads. When the
 * same note changes in another tab: if this field is not being edited, it
 * simply shows the new text; if it is, the user is told and chooses which
 * version to keep, and nothing is saved over the other tab until they do.
 * Memoised (its props are strings): an answer elsewhere on the step does not
 * render it again.
 */
export const NoteField = memo(function NoteField({
  flow,
  nodeId,
  stored,
  label,
  hint,
}: {
  flow: Flow;
  /** The node the note belongs to, or null for the note on the whole case. */
  nodeId: string | null;
  /** The note as stored now (possibly changed by another tab). */
  stored: string;
  label: string;
  hint: string;
}) {
  const { setNote } = useCaseActions(flow);
  const id = useId();
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const [editing, setEditing] = useState(false);
  const [theirs, setTheirs] = useState<string | null>(null);
  const [updated, setUpdated] = useState(false);
  // The step's field shows one step's note after another: a new step starts from its own note.
  const [shownFor, setShownFor] = useState(nodeId);
  if (shownFor !== nodeId) {
    setShownFor(nodeId);
    setDraft(stored);
    setSeen(stored);
    setTheirs(null);
    setUpdated(false);
  } else if (stored !== seen) {
    // A change that did not come from this field (another tab, an undo, an import).
    setSeen(stored);
    if (stored !== draft) {
      if (editing || theirs !== null) setTheirs(stored);
      else {
        setDraft(stored);
        setUpdated(true);
      }
    } else setTheirs(null);
  }

  const change = (text: string) => {
    setDraft(text);
    setUpdated(false);
    if (theirs === null) setNote(nodeId, text);
  };
  const keepMine = () => {
    setTheirs(null);
    setNote(nodeId, draft);
  };
  const useTheirs = () => {
    if (theirs !== null) setDraft(theirs);
    setTheirs(null);
  };

  return (
    <div className="grid gap-1" data-testid={nodeId === null ? 'session-note' : 'step-note'}>
      <label htmlFor={`${id}-note`} className="font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint} {updated && <span className="font-semibold text-slate-700">Updated from another tab.</span>}
      </p>
      <textarea
        id={`${id}-note`}
        value={draft}
        maxLength={NOTE_MAX}
        rows={3}
        aria-describedby={`${id}-hint`}
        onChange={(e) => change(e.target.value)}
        onFocus={() => setEditing(true)}
        onBlur={() => setEditing(false)}
        className="max-h-96 min-h-20 w-full rounded-md border border-slate-400 bg-white p-2 text-base [field-sizing:content]"
      />
      {/* The box takes no more than NOTE_MAX characters: a longer paste is cut there, so say so. */}
      <p role="status" className="text-sm font-semibold text-amber-900">
        {draft.length >= NOTE_MAX &&
          `This note is full (${NOTE_MAX.toLocaleString('en-US')} characters): anything past that was not added.`}
      </p>
      {theirs !== null && (
        <div
          role="alert"
          className="mt-1 rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-amber-950"
          data-testid="note-conflict"
        >
          <p className="font-semibold">This note was changed in another tab.</p>
          <p className="mt-1 text-sm">Your text here is not saved until you choose. The other tab’s version:</p>
          <blockquote className="mt-1 max-h-32 overflow-auto rounded border border-amber-300 bg-white p-2 text-sm whitespace-pre-wrap wrap-anywhere text-slate-900">
            {theirs || '(empty)'}
          </blockquote>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="secondary" onClick={keepMine}>
              Keep mine
            </Button>
            <Button variant="secondary" onClick={useTheirs}>
              Use theirs
            </Button>
          </div>
        </div>
      )}
    </div>
  );
});
