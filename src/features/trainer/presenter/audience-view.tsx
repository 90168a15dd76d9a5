/**
 * The audience window of presenter mode: the presenter's slide and mode,
 * large, without notes or controls. It follows the presenter over a
 * BroadcastChannel; until the presenter speaks it waits (or shows the slide
 * named in the address).
 */
import { useEffect, useId, useState } from 'react';

import { plainText } from '@/components/ui/rich-text';
import type { Flow } from '@/content/schema';
import { hasTrainer } from '@/content/trainer';

import { type PresenterState, openChannel } from './channel';
import type { Slide } from './presentation';
import { SlideView } from './slide';

type Link = 'waiting' | 'live' | 'ended' | 'unsupported';

export function AudienceView({
  flow,
  slides,
  initialNodeId,
}: {
  flow: Flow;
  slides: readonly Slide[];
  initialNodeId?: string;
}) {
  const [state, setState] = useState<PresenterState | null>(() =>
    initialNodeId && slides.some((s) => s.node.id === initialNodeId) ? { nodeId: initialNodeId, mode: 'guide' } : null,
  );
  const [link, setLink] = useState<Link>(() => (typeof BroadcastChannel === 'undefined' ? 'unsupported' : 'waiting'));
  const id = useId();

  useEffect(() => {
    const ch = openChannel(flow.id, (m) => {
      if (m.type === 'state') {
        setState(m.state);
        setLink('live');
      } else if (m.type === 'bye') setLink('ended');
    });
    if (!ch) return;
    ch.post({ type: 'hello' });
    return () => ch.close();
  }, [flow.id]);

  const slide = state ? slides.find((s) => s.node.id === state.nodeId) : undefined;
  useEffect(() => {
    document.title = slide ? `${plainText(slide.node.title)} – KB ${flow.kb.id}` : `Audience – KB ${flow.kb.id}`;
  }, [slide, flow.kb.id]);

  const mode = slide && hasTrainer(slide.node) && state ? state.mode : 'guide';
  return (
    <div className="min-h-dvh bg-white text-xl text-slate-900" data-testid="audience" data-link={link}>
      <main className="mx-auto max-w-6xl px-6 py-8">
        {slide && state ? (
          <SlideView
            key={`${slide.node.id}-${mode}`}
            flowId={flow.id}
            slide={slide}
            mode={mode}
            audience={state}
            headingId={`${id}-slide`}
          />
        ) : (
          <h1 className="text-4xl font-bold">{`KB ${flow.kb.id}: waiting for the presenter…`}</h1>
        )}
        <p className="mt-8 text-base text-slate-700" role="status">
          {link === 'ended'
            ? 'The presenter closed presenter mode.'
            : link === 'unsupported'
              ? 'This browser cannot follow the presenter window; open this page from presenter mode in a current browser.'
              : ''}
        </p>
      </main>
    </div>
  );
}
