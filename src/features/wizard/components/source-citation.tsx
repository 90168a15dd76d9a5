import type { Source } from '@/content/schema';
import { citation } from '@/features/wizard/transcript';

export function SourceCitation({ source, className }: { source: Source; className?: string }) {
  return (
    <p className={'text-sm text-slate-600 ' + (className ?? '')} data-testid="source">
      Source: {citation(source)}
    </p>
  );
}
