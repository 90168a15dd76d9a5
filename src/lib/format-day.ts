/**
 * A calendar date written as YYYY-MM-DD (a content revision's date) in the
 * app's one way of writing dates ("3 Dec 2026", "Dec 3, 2026": the reader's
 * language, as src/lib/format-when.ts writes the date of a timestamp). It is
 * a day, not a moment, so no time zone can move it to the day before.
 */
let format: Intl.DateTimeFormat | undefined;

export function formatDay(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  format ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
