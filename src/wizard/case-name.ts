/**
 * What a case is called wherever it is listed or shown: the name the user
 * gave it, else the first line of its case note (a ticket number, a caller),
 * else its article and when it was started. Pure; small enough for the start
 * page.
 */
import { formatWhen } from '@/lib/format-when';

/** Longest name shown from a case note's first line, in characters. */
const FROM_NOTE_MAX = 80;

type Named = { name?: string; sessionNote?: { text: string }; startedAt: number };

export function caseName(c: Named, kb: string): string {
  const own = c.name?.trim();
  if (own) return own;
  const first = c.sessionNote?.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find(Boolean);
  if (first) return first.length > FROM_NOTE_MAX ? `${first.slice(0, FROM_NOTE_MAX - 1).trimEnd()}…` : first;
  const when = formatWhen(c.startedAt);
  return when ? `KB ${kb}, started ${when}` : `KB ${kb}`;
}
