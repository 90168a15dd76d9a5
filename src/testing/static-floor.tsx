/**
 * The benchmark's floor (scripts/bench.mjs): a flow's whole content as one
 * static, JavaScript-free HTML page — the same words the wizard shows, with
 * no app. Generated from the content data, styled by the app's own built
 * stylesheet, so the comparison measures the cost of the app alone.
 */
import { renderToStaticMarkup } from 'react-dom/server';

import { RichText } from '@/components/ui/rich-text';
import type { Flow, FlowNode } from '@/content/schema';

function Node({ node }: { node: FlowNode }) {
  switch (node.kind) {
    case 'question':
      return (
        <section aria-labelledby={node.id} className="mt-8">
          <h2 id={node.id} className="text-xl font-bold">
            <RichText text={node.prompt} />
          </h2>
          {node.help?.map((p) => (
            <p key={p} className="mt-2 text-slate-700">
              <RichText text={p} />
            </p>
          ))}
          <ul className="mt-3 list-inside list-disc text-slate-700">
            {node.options.map((o) => (
              <li key={o.id}>
                <RichText text={o.label} />
                {o.hint && (
                  <>
                    {' – '}
                    <RichText text={o.hint} />
                  </>
                )}
              </li>
            ))}
          </ul>
          {node.howToCheck && (
            <>
              <h3 className="mt-3 font-semibold">
                <RichText text={node.howToCheck.title} />
              </h3>
              <ol className="mt-1 list-inside list-decimal text-slate-700">
                {node.howToCheck.steps.map((s) => (
                  <li key={s}>
                    <RichText text={s} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      );
    case 'step':
      return (
        <section aria-labelledby={node.id} className="mt-8">
          <h2 id={node.id} className="text-xl font-bold">
            <RichText text={node.title} />
          </h2>
          {node.intro?.map((p) => (
            <p key={p} className="mt-2 text-slate-700">
              <RichText text={p} />
            </p>
          ))}
          <ol className="mt-3 list-inside list-decimal text-slate-700">
            {node.actions.map((a) => (
              <li key={a.id}>
                <RichText text={a.text} />
              </li>
            ))}
          </ol>
          {node.checklist && (
            <ul className="mt-3 list-inside list-disc text-slate-700">
              {node.checklist.map((c) => (
                <li key={c.id}>
                  <RichText text={c.label} />
                </li>
              ))}
            </ul>
          )}
          {node.tips?.map((t) => (
            <div key={t.title} className="mt-3">
              <h3 className="font-semibold">
                <RichText text={t.title} />
              </h3>
              {t.body.map((p) => (
                <p key={p} className="mt-1 text-slate-700">
                  <RichText text={p} />
                </p>
              ))}
            </div>
          ))}
        </section>
      );
    case 'outcome':
      return (
        <section aria-labelledby={node.id} className="mt-8">
          <h2 id={node.id} className="text-xl font-bold">
            <RichText text={node.title} />
          </h2>
          <p className="mt-2 text-slate-700">
            <RichText text={node.summary} />
          </p>
          {[...(node.body ?? []), ...(node.nextChecks ?? [])].map((p) => (
            <p key={p} className="mt-2 text-slate-700">
              <RichText text={p} />
            </p>
          ))}
        </section>
      );
  }
}

/** The full HTML document. `cssHref` is the app's built stylesheet. */
export function renderStaticFloor(flow: Flow, { cssHref }: { cssHref: string }): string {
  const body = renderToStaticMarkup(
    <>
      <header className="border-b border-slate-200 bg-white">
        <p className="mx-auto max-w-6xl px-4 py-3 text-lg font-bold text-slate-900">KB Wizard</p>
      </header>
      <main className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">
        <article aria-labelledby="title" className="max-w-3xl">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Knowledge Base {flow.kb.id}</p>
          <h1 id="title" className="text-3xl font-bold text-balance sm:text-4xl">
            <RichText text={flow.title} />
          </h1>
          <p className="mt-4 text-lg text-slate-700">
            <RichText text={flow.summary} />
          </p>
          <p className="mt-2 text-slate-700">Applies to: {flow.kb.appliesTo.join('; ')}.</p>
          {flow.nodes.map((n) => (
            <Node key={n.id} node={n} />
          ))}
        </article>
      </main>
    </>,
  );
  const description = `${flow.kb.id}: ${flow.summary}`.replace(/"/g, '&quot;');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="description" content="${description}" />
    <title>${flow.kb.id} – ${flow.kb.title.replace(/</g, '&lt;')}</title>
    <link rel="stylesheet" href="${cssHref}" />
  </head>
  <body>
    <div class="flex min-h-dvh flex-col">${body}</div>
  </body>
</html>
`;
}
