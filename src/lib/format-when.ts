/**
 * The one way the app writes a date and time: readable, in the reader's own
 * language and time zone, with the zone named so a ticket read elsewhere is
 * still unambiguous ("25 Nov 2026, 14:05 UTC", "Nov 25, 2026, 2:05 PM EST").
 * Machine formats (file names, CSV columns) use ISO 8601 instead.
 */
const STYLES = {
  'date-time': {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  },
  /** With seconds: what tells apart things started within the same minute (an unnamed case's name). */
  'date-time-seconds': {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  },
  time: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  date: { day: 'numeric', month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type WhenStyle = keyof typeof STYLES;

const formats = new Map<WhenStyle, Intl.DateTimeFormat>();

/** A timestamp in words, or '' for one no clock can show (missing, out of range). */
export function formatWhen(at: number | undefined, style: WhenStyle = 'date-time'): string {
  if (at === undefined || !Number.isFinite(at)) return '';
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '';
  let format = formats.get(style);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, STYLES[style]);
    formats.set(style, format);
  }
  return format.format(date);
}
