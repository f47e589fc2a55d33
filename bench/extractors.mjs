// The three extractors compared, each on a jsdom document, each returning { ok, text, ms } (plus its own extras).
// Text: Pith's `article.text`; bare Readability's `textContent` (blocks run together, as it returns them);
// Defuddle's `content` HTML rendered by Pith's own htmlToText (Defuddle returns no plain text).
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { extractArticle, htmlToText } from './.build/node-entry.mjs';

/** Error text of anything thrown. */
const why = (err) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/** Pith's whole pipeline (it clones the document itself). */
export function runPith(dom, url) {
  const t = performance.now();
  let result;
  try {
    result = extractArticle(dom.window.document, { url, win: dom.window });
  } catch (err) {
    return { ok: false, text: null, ms: performance.now() - t, error: `threw ${why(err)}` };
  }
  const ms = performance.now() - t;
  if (!result.ok) {
    return { ok: false, text: null, ms, timings: result.timings, error: `${result.reason}${result.detail ? `: ${result.detail}` : ''}` };
  }
  return { ok: true, text: result.article.text, ms, timings: result.timings, article: result.article };
}

/** Bare @mozilla/readability, same version as Pith's, default options, on a clone of the same document. */
export function runReadability(dom) {
  const t = performance.now();
  try {
    const clone = dom.window.document.cloneNode(true);
    const cloned = performance.now();
    const parsed = new Readability(clone).parse();
    const end = performance.now();
    const timings = { clone: cloned - t, parse: end - cloned };
    return { ok: !!parsed?.content, text: parsed?.textContent ?? null, ms: end - t, timings, parsed };
  } catch (err) {
    return { ok: false, text: null, ms: performance.now() - t, error: why(err) };
  }
}

/**
 * Defuddle (defuddle/node's class, synchronous `parse()`: no async extractors, so no network).
 * It reads the document it is given (it clones internally but normalises some attributes first),
 * so give it its own document or run it last. The HTML-to-text rendering is not timed.
 */
export function runDefuddle(dom, url) {
  const t = performance.now();
  let res;
  const { error, warn, log } = console;
  // Defuddle logs what it skips (bad JSON-LD…) with console.error: not ours to print.
  console.error = console.warn = console.log = () => {};
  try {
    res = new DefuddleClass(dom.window.document, { url }).parse();
  } catch (err) {
    return { ok: false, text: null, ms: performance.now() - t, error: why(err) };
  } finally {
    Object.assign(console, { error, warn, log });
  }
  const ms = performance.now() - t;
  const text = res?.content ? htmlText(dom, res.content) : null;
  return { ok: !!text, text, ms, result: res };
}

/** Plain text of an HTML string, parsed into an inert document (DOMParser: nothing runs) and rendered by Pith's htmlToText. */
export function htmlText(dom, html) {
  return htmlToText(new dom.window.DOMParser().parseFromString(html, 'text/html'));
}
