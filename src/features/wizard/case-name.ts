/**
 * What a case is called wherever it is listed or shown: the name the user
 * gave it, else the first line of its case note (a ticket number, a caller),
 * else its article and when it was started, to the second. Pure; small
 * enough for the start page.
 */
import { formatWhen } from '@/lib/format-when';

/** Longest name shown from a case note's first line, in characters. */
const FROM_NOTE_MAX = 80;

type Named = { name?: string; sessionNote?: { text: string }; startedAt: number };

/** The name a person gave the case, or the first line of its case note; undefined when it has neither. */
export function ownName(c: Omit<Named, 'startedAt'>): string | undefined {
  const own = c.name?.trim();
  if (own) return own;
  const first = c.sessionNote?.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find(Boolean);
  if (first) return first.length > FROM_NOTE_MAX ? `${first.slice(0, FROM_NOTE_MAX - 1).trimEnd()}…` : first;
  return undefined;
}

export function caseName(c: Named, kb: string): string {
  const own = ownName(c);
  if (own) return own;
  // To the second: two cases started in the same minute (two calls taken one after the other) are told apart.
  const when = formatWhen(c.startedAt, 'date-time-seconds');
  return when ? `KB ${kb}, started ${when}` : `KB ${kb}`;
}
