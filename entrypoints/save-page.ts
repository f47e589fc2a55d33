/**
 * Injected by the background for the "Save this page" keyboard shortcut
 * (the command grants activeTab; no content script, no host permission).
 * The background has no DOM (an MV3 service worker), so the whole pipeline
 * runs here, in the page's isolated world, on a clone of the page; the plain
 * result goes back to the background, which saves it. Never changes the page.
 */
import { extractArticle } from '../src/pipeline';
import { liveStyleProbe } from '../src/unprotect/live';

export default defineUnlistedScript(() =>
  extractArticle(document, { url: location.href, styles: liveStyleProbe(window) }),
);
