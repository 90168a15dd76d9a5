import type { Progress } from '@/engine/walk';

/**
 * "Step 4 · up to 12 left", "Step 9 · 5 left", "Step 15 · end of this guide" (not "last step": another guide may
 * go on from a result, as its button says). Only
 * the most steps that may follow is named when the way varies: it falls by
 * at least one with every step forward, so the figure never goes up. (The
 * fewest would rise and fall as answers that could end the walk early come
 * and go: "1–12 left", then "2–11 left".) The exact count once it is known.
 */
export function progressText(p: Progress): string {
  if (p.maxLeft === 0) return `Step ${p.position} · end of this guide`;
  const left = p.minLeft === p.maxLeft ? `${p.maxLeft}` : `up to ${p.maxLeft}`;
  return `Step ${p.position} · ${left} left`;
}

export function StepProgress({ progress }: { progress: Progress }) {
  const total = progress.position + progress.maxLeft;
  return (
    <div className="min-w-40" data-testid="progress">
      <p className="text-sm font-semibold text-slate-700">{progressText(progress)}</p>
      <div aria-hidden="true" className="mt-1 h-1.5 w-full overflow-hidden rounded-full bg-slate-200">
        <div
          data-testid="progress-bar"
          className="h-full rounded-full bg-brand-700"
          style={{ width: `${Math.round((progress.position / Math.max(total, 1)) * 100)}%` }}
        />
      </div>
    </div>
  );
}
