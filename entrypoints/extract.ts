/**
 * Injected on a click with scripting.executeScript (never an always-on
 * content script). Reads the page through Pith's pipeline, which works on a
 * clone and leaves the live page untouched, and returns a plain result. The
 * live page is only asked how it shows elements (computed styles), never
 * changed.
 */
import { extractArticle } from '../src/pipeline';
import { liveStyleProbe } from '../src/unprotect/live';

export default defineUnlistedScript(() =>
  extractArticle(document, { url: location.href, styles: liveStyleProbe(window) }),
);
