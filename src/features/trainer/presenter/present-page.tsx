/**
 * Presenter mode or its audience window, for a flow. Loaded on demand by the
 * present route, so the route itself stays a small entry in the route table.
 */
import { useSearchParams } from 'react-router';

import type { PresenterData } from '@/content/presenter-schema';
import type { Flow } from '@/content/schema';

import { AudienceView } from './audience-view';
import { PresenterView } from './presenter-view';

export function PresentPage({ flow, presenter }: { flow: Flow; presenter?: PresenterData }) {
  const [params] = useSearchParams();
  if (params.has('audience'))
    return <AudienceView flow={flow} presenter={presenter} initialSlide={params.get('node') ?? undefined} />;
  return <PresenterView flow={flow} presenter={presenter} />;
}
