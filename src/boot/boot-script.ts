/**
 * The inline script at the top of index.html (put there, with its hash in the
 * Content-Security-Policy, by scripts/build/app-shell.ts). It runs before
 * anything else and does three things; docs/performance.md says why each pays.
 *
 * 1. Hides the prerendered start page's main column when this visit will show
 *    something else (a deep link, or stored cases): see boot.css. React shows
 *    it again once the right page is on screen (reveal.tsx).
 * 2. Starts the app's JavaScript once the first contentful paint is on screen
 *    (in a background tab at once; without paint timing, after the first
 *    frame; after 1.5 s in any case), so the prerendered page paints as soon
 *    as the HTML and CSS are in, like a static page, and the scripts neither
 *    delay it nor share the network with it. The entry module and its imports
 *    are listed in `<meta name="kbw-app">`.
 * 3. Holds back a button pressed before React has taken the page over (until
 *    reveal.tsx sets the ready flag): React never sees that click, and
 *    reveal.tsx presses the button again once the page is live, so the click
 *    happens exactly once.
 *
 * It is written as a plain function so that it is typechecked and linted, and
 * serialized with its settings (`bootScriptText`). It must stay self-contained:
 * no imports, nothing from outside its own body.
 */

/** Names the boot script shares with boot.css and reveal.tsx. */
export const PENDING_CLASS = 'kbw-pending';
export const READY_FLAG = '__kbwReady';
export const EARLY_CLICK = '__kbwClick';

/** The settings the script is serialized with (all fixed for a build). */
export type BootSettings = {
  /** The app's base path without its trailing slash. */
  home: string;
  /** The store's localStorage key: something stored means the start page lists cases. */
  storeKey: string;
  /** Class set on <html> while the main column is hidden. */
  pendingClass: string;
  /** Name of the meta tag that lists the entry module and its imports. */
  appMeta: string;
  /** Window property reveal.tsx sets once React handles clicks itself. */
  readyFlag: string;
  /** Window property holding the button pressed before that. */
  earlyClick: string;
};

export function boot(s: BootSettings): void {
  try {
    const path = location.pathname.replace(/\/+$/, '');
    if (path !== s.home || localStorage.getItem(s.storeKey) !== null)
      document.documentElement.classList.add(s.pendingClass);
  } catch {
    // Storage blocked: the start page shows as it is, the app renders what this visit needs.
  }

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const meta = document.querySelector<HTMLMetaElement>(`meta[name="${s.appMeta}"]`);
    if (!meta) return;
    const urls = meta.content.split(' ');
    for (const url of urls.slice(1)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = url;
      document.head.appendChild(link);
    }
    void import(/* @vite-ignore */ urls[0]!);
  };
  if (document.visibilityState !== 'visible') start();
  else if (window.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(start, 0);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(start, 1500);
  } else requestAnimationFrame(() => setTimeout(start, 0));

  document.addEventListener(
    'click',
    (event) => {
      const w = window as unknown as Record<string, unknown>;
      if (w[s.readyFlag]) return;
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button) return;
      w[s.earlyClick] = button;
      event.stopPropagation();
      event.preventDefault();
    },
    true,
  );
}

/** The script's text for index.html: the function, called with its settings. */
export function bootScriptText(settings: BootSettings): string {
  return `(${boot.toString()})(${JSON.stringify(settings)})`;
}
