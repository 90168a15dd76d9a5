/**
 * Copy text; false when the browser refuses. Without the Clipboard API (a page served over plain HTTP has none) or
 * when it refuses, the older way is tried (copy-by-selection.ts, loaded only then).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return import('./copy-by-selection').then(
      (m) => m.copyBySelection(text),
      () => false,
    );
  }
}
