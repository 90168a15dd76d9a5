/**
 * React Router keeps the scroll position of each page of the tab's history under its entry's key, and every document's
 * first page has the same key ("default"). So a page opened by its address (typed, a bookmark, a link from another
 * site) would open where the tab's earlier first page was left: part-way down. A document opened so (its history
 * entry holds no state yet) starts without the positions kept before it; a reload, Back and Forward find the router's
 * state in the entry and keep them. (Going back to another document, the browser's own page cache shows it as it was.)
 */
export function forgetFirstPageScroll(fresh = !history.state): void {
  try {
    if (fresh) sessionStorage.removeItem('react-router-scroll-positions');
  } catch {
    /* storage blocked: the router keeps nothing either */
  }
}
