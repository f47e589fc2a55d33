// Corpus pages in a real Chromium tab, as the speed benchmarks load them: served in place from the corpus folder on
// 127.0.0.1, the pages' own scripts blocked with a `Content-Security-Policy: script-src 'none'` header (disabling
// JavaScript instead would also stop the Trusted Types callback DOMPurify uses), and scripts evaluated in isolated
// worlds, as `scripting.executeScript` runs the injected script.
import path from 'node:path';
import { CORPUS_ROOT } from './corpus.mjs';

/** Blocks the page's own scripts; everything else of the response is kept. */
async function withoutPageScripts(route) {
  const response = await route.fetch();
  await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
}

/** A corpus page's address on the fixture server. */
export function corpusUrl(server, file) {
  return server.url(path.relative(CORPUS_ROOT, file).split(path.sep).map(encodeURIComponent).join('/'));
}

/**
 * A tab of `chromium` for corpus pages served by `server`, their own scripts blocked, with its CDP session.
 * `open(page)` loads a page (throwing when it does not load) and returns a new isolated world's
 * `evaluate(expression)` (its value, or a thrown error); `world()` gives another isolated world of the page loaded last.
 */
export async function corpusTab(chromium, server, timeout = 30_000) {
  const tab = await chromium.context.newPage();
  await tab.route(`${server.origin}/**`, withoutPageScripts);
  const cdp = await chromium.context.newCDPSession(tab);
  let frameId = null;
  let worlds = 0;
  const world = async () => {
    const worldName = `pith-bench-${worlds++}`;
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName });
    return async (expression) => {
      const r = await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value;
    };
  };
  const open = async (page) => {
    await tab.goto(corpusUrl(server, page.file), { waitUntil: 'load', timeout });
    frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    return world();
  };
  return { tab, cdp, open, world };
}
