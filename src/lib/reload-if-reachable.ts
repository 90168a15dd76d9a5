/**
 * Reloads the page once its server answers; resolves false, and does nothing, while it does not.
 *
 * For a part whose code failed to load and then failed again on request: a browser may keep a failed module for the
 * page's life and fail every later import of it at once, without asking the network (the HTML standard's module map;
 * Chromium 150 does, later versions ask again). A new page asks again, and after a new version was deployed it finds
 * the new files. The case and the address are saved as they change, so a reload keeps the reader's place.
 */
export function reloadIfReachable(): Promise<boolean> {
  return fetch(location.href, { method: 'HEAD', cache: 'no-store' }).then(
    () => {
      location.reload();
      return true;
    },
    () => false,
  );
}
