/**
 * Injected on a click with scripting.executeScript (never an always-on
 * content script). Reads the page through Pith's pipeline, which works on a
 * clone and leaves the live page untouched, and returns a plain result.
 */
import { extractArticle } from '../src/pipeline';

export default defineUnlistedScript(() => extractArticle(document, { url: location.href }));
