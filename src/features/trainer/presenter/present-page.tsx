/**
 * Presenter mode or its audience window, for a flow. Loaded on demand by the
 * present route, so the route itself stays a small entry in the route table.
 */
import { useSearchParams } from 'react-router';

import type { Flow } from '@/content/schema';

import { AudienceView } from './audience-view';
import { presentationSlides } from './presentation';
import { PresenterView } from './presenter-view';

export function PresentPage({ flow }: { flow: Flow }) {
  const [params] = useSearchParams();
  const slides = presentationSlides(flow);
  if (params.has('audience'))
    return <AudienceView flow={flow} slides={slides} initialNodeId={params.get('node') ?? undefined} />;
  return <PresenterView flow={flow} slides={slides} />;
}
