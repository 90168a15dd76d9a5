/**
 * A screen's labels with their sources, for the gallery: each label with
 * the article or document that prints it, or marked unverified when no
 * source gives it and it is drawn plainly.
 */
import type { LabelSource } from './label-sources';

export function LabelList({ labels }: { labels: readonly LabelSource[] }) {
  const unverified = labels.filter((l) => l.unverified).length;
  return (
    <details data-slot="label-sources" className="mt-4 max-w-prose rounded-lg border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-semibold">Labels and their sources ({unverified} unverified)</summary>
      <ul className="mt-3 grid gap-3">
        {labels.map((l) => (
          <li key={l.label} data-unverified={l.unverified ? '' : undefined}>
            <span className="font-semibold">{l.label}</span>
            {' – '}
            {l.unverified ? <span className="font-semibold text-amber-900">unverified</span> : <span>{l.source}</span>}
            {l.note && <span className="mt-1 block text-sm text-slate-700">{l.note}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
