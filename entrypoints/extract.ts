/**
 * Injected on a click with scripting.executeScript (never an always-on
 * content script). Runs the page part of Pith's pipeline (`readPage`), which
 * works on a clone and leaves the live page untouched, and returns a plain
 * `PageResult`. The live page is only asked how it shows elements (computed
 * styles), never changed. Sanitising, the text and the key figures are the
 * popup's part (`finishArticle`), so they are not in this script.
 */
import { readPage } from '../src/pipeline/page';
import { liveStyleProbe } from '../src/unprotect/live';

export default defineUnlistedScript(() => readPage(document, { url: location.href, styles: liveStyleProbe(window) }));
