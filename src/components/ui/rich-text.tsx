import { Fragment, type ReactNode } from 'react';

/**
 * Renders content text with its tiny inline markup as React nodes (never as
 * HTML): `**Label**` for on-screen labels, `` `text` `` for literal strings.
 */
export function RichText({ text }: { text: string }) {
  return <>{renderInline(text)}</>;
}

const TOKEN = /(\*\*[^*]+\*\*|`[^`]+`)/g;

export function renderInline(text: string): ReactNode[] {
  return text.split(TOKEN).map((part, i) => {
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4) {
      return (
        <strong key={i} className="font-semibold">
          {part.slice(2, -2)}
        </strong>
      );
    }
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2) {
      return (
        <code key={i} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] text-slate-800">
          {part.slice(1, -1)}
        </code>
      );
    }
    return <Fragment key={i}>{part}</Fragment>;
  });
}

/** The same text without markup, for titles, transcripts and announcements. */
export function plainText(text: string): string {
  return text.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
}
