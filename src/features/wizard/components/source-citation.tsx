import type { Source } from '@/content/schema';

export function SourceCitation({ source, className }: { source: Source; className?: string }) {
  const isKb = /^Q\d{6}$/.test(source.ref);
  return (
    <p className={'text-sm text-slate-600 ' + (className ?? '')} data-testid="source">
      Source: {isKb ? `KB ${source.ref}` : source.ref}, {source.section}
      {source.note ? ` (${source.note})` : ''}
    </p>
  );
}
