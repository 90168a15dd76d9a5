/**
 * Whether an element is on screen or close to it, latched: once true it stays
 * true. Figures use it to draw a screen only when the reader gets near it, so
 * a step with several screen pictures paints its words first and loads only
 * the pictures that are looked at. Without IntersectionObserver (old
 * browsers, jsdom) everything is drawn at once; printing draws everything
 * (print-screens.ts).
 */
import { type RefObject, useEffect, useState } from 'react';

import { onPrint } from './print-screens';

/** How far outside the viewport a picture starts to be drawn. */
const MARGIN = '600px 0px';

export function useNearViewport(ref: RefObject<Element | null>, always = false): boolean {
  const [near, setNear] = useState(() => always || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) show();
      },
      { rootMargin: MARGIN },
    );
    observer.observe(el);
    const unregister = onPrint(show);
    return () => {
      observer.disconnect();
      unregister();
    };
  }, [ref, near]);
  return near;
}
