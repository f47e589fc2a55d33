// Real-Chromium E2E helpers for Pith (plain Node ESM, used by the e2e tests and scripts/demo.mjs).
// Recipe: /work/shared/docs/e2e-recipe.md §5. The SHIPPED build is loaded as-is (no host permissions);
// page access comes from CDP `Extensions.triggerAction`, the same path as a toolbar click.

import { createServer } from 'node:http';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** Repository root (two levels above this file). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the build is (`PITH_OUT_DIR`, as in wxt.config.ts; default .output). */
export const OUT_DIR = path.resolve(ROOT, process.env.PITH_OUT_DIR || '.output');
/** The shipped Chromium build. */
export const CHROME_BUILD = path.join(OUT_DIR, 'chrome-mv3');
/** The shipped Firefox build. */
export const FIREFOX_BUILD = path.join(OUT_DIR, 'firefox-mv2');
/** Fixture pages served by `serveFixtures`. */
export const FIXTURE_PAGES = path.join(ROOT, 'tests/fixtures/pages');
/** Where screenshots and exported files go. */
export const RESULTS_DIR = path.join(ROOT, 'test-results');

/** Default wait for anything asynchronous in the browser. */
export const WAIT_MS = 15_000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/**
 * Serves `rootDir` (default tests/fixtures/pages) over HTTP on 127.0.0.1, random port.
 * A path ending in `/` serves its `index.html`; anything outside `rootDir` is a 404.
 * @returns {Promise<{ origin: string, url(p: string): string, close(): Promise<void> }>}
 */
export async function serveFixtures(rootDir = FIXTURE_PAGES) {
  const root = path.resolve(rootDir);
  const server = createServer(async (req, res) => {
    let rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, `.${rel}`);
    try {
      if (file !== root && !file.startsWith(root + path.sep)) throw new Error('outside root');
      const body = await readFile(file);
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => new URL(p, origin + '/').href,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Launches headless /usr/bin/chromium with the extension at `extensionPath` loaded, in a throwaway profile.
 * Pages may only load from 127.0.0.1; requests elsewhere are aborted.
 * `close()` closes the browser and removes the profile; a `profile` directory given (the benchmark reuses a filled
 * library) is created when missing and kept.
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, sw: import('playwright-core').Worker,
 *   extensionId: string, cdp: import('playwright-core').CDPSession, close(): Promise<void> }>}
 */
export async function launchChromium({ extensionPath = CHROME_BUILD, executablePath = '/usr/bin/chromium', lang, profile } = {}) {
  const ext = path.resolve(extensionPath);
  const userDataDir = profile ? path.resolve(profile) : await mkdtemp(path.join(tmpdir(), 'pith-e2e-'));
  const removeProfile = () => (profile ? Promise.resolve() : rm(userDataDir, { recursive: true, force: true }));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 800, height: 600 },
      // `lang` ("de"): the browser's UI language, which chrome.i18n and the extension's pages use.
      ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` } } : {}),
      args: [
        ...(lang ? [`--lang=${lang}`] : []),
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        '--enable-unsafe-extension-debugging',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Pages may reach only the local fixture server: no test depends on the outside world.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: WAIT_MS }));
    const extensionId = new URL(sw.url()).host;
    const browser = context.browser();
    if (!browser) throw new Error('persistent context has no browser handle');
    const cdp = await browser.newBrowserCDPSession();
    return {
      context,
      sw,
      extensionId,
      cdp,
      close: async () => {
        await context.close().catch(() => {});
        await removeProfile();
      },
    };
  } catch (err) {
    await context?.close().catch(() => {});
    await removeProfile();
    throw err;
  }
}

/** Polls `fn` until it returns a truthy value; throws `message` (a string or a function giving one) after `timeout` ms. */
export async function poll(fn, message, timeout = WAIT_MS, interval = 50) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms: ${typeof message === 'function' ? message() : message}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** All CDP targets, including `tab` targets (which need the empty filter). */
async function targets(cdp) {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
  return targetInfos;
}

/** The popup finished its first render (article or error). Run it in a Playwright page: extension pages forbid eval. */
export const isPopupReady = () => document.body.dataset.ready === '1' && document.body.dataset.state !== 'loading';
/** `isPopupReady` as an expression, for `attachPopup(...).waitFor`. */
export const POPUP_READY = `(${isPopupReady})()`;

/** Expression: clicks "Show all N figures" if the popup offers it (it lists the first few until asked). */
export const SHOW_ALL_FIGURES = `(() => {
  const more = document.querySelector('#figures-more');
  if (more && !more.hidden) more.click();
  return true;
})()`;

/**
 * Expression: a plain snapshot of what the popup shows, read through its DOM contract (texts raw, untrimmed).
 * Works in the real popup (`evaluate`) and in a popup tab (`page.evaluate`).
 */
export const POPUP_SNAPSHOT = `(() => {
  const text = (root, sel) => root.querySelector(sel)?.textContent ?? null;
  return {
    state: document.body.dataset.state,
    source: document.body.dataset.source ?? null,
    title: text(document, '#title'),
    standfirst: document.querySelector('#standfirst')?.hidden === false ? text(document, '#standfirst') : null,
    section: document.querySelector('#section')?.hidden === false ? text(document, '#section') : null,
    images: [...document.querySelectorAll('#article img')].map((img) => img.getAttribute('src')),
    byline: text(document, '#byline'),
    site: text(document, '#site'),
    published: text(document, '#published'),
    publishedAttr: document.querySelector('#published')?.getAttribute('datetime') ?? null,
    readingTime: text(document, '#reading-time'),
    removals: text(document, '#removals'),
    article: text(document, '#article'),
    figures: [...document.querySelectorAll('#figures li.figure')].map((li) => ({
      text: text(li, '.figure-text'),
      measures: text(li, '.figure-measures'),
    })),
    related: [...document.querySelectorAll('#related li.related-post')].map((li) => ({
      title: text(li, 'a.related-title') ?? '',
      url: li.querySelector('a.related-title')?.href ?? '',
      meta: text(li, '.related-meta') ?? '',
    })),
    saved: document.querySelector('#save')?.dataset.saved ?? null,
    error: text(document, '#error'),
    errorReason: document.querySelector('#error')?.dataset.reason ?? null,
    errorShown: document.querySelector('#error')?.hidden === false,
  };
})()`;

/** The extension's popup URL. */
export const popupUrl = (extensionId, query = '') => `chrome-extension://${extensionId}/popup.html${query}`;

/**
 * Clicks the toolbar icon for `page`, as a user would: CDP `Extensions.triggerAction` on the page's TAB target.
 * Grants activeTab on that tab (until it navigates) and opens the real action popup.
 */
export async function clickAction(cdp, extensionId, page) {
  await page.bringToFront();
  const url = page.url();
  const tab = await poll(
    async () => (await targets(cdp)).find((t) => t.type === 'tab' && t.url === url),
    `tab target for ${url}`,
  );
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
}

/**
 * Waits for the real action popup (a `page` target at chrome-extension://<id>/popup.html) and attaches to it
 * over a non-flattened CDP session (Playwright does not surface the popup as a Page).
 * @returns {Promise<{ targetId: string, evaluate(expr: string): Promise<any>,
 *   waitFor(expr: string, timeout?: number): Promise<any>, screenshot(file: string): Promise<void>, close(): Promise<void> }>}
 */
export async function attachPopup(cdp, extensionId, timeout = WAIT_MS) {
  const url = popupUrl(extensionId);
  const target = await poll(
    async () => (await targets(cdp)).find((t) => t.type === 'page' && t.url.startsWith(url)),
    'the action popup to open',
    timeout,
  );
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 0;
  const pending = new Map();
  const onMessage = (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message);
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.error) waiter.reject(new Error(`${msg.error.message} ${msg.error.data ?? ''}`.trim()));
    else waiter.resolve(msg.result);
  };
  let detached = false;
  const onDetached = (e) => {
    if (e.sessionId !== sessionId) return;
    detached = true;
    for (const w of pending.values()) w.reject(new Error('the popup closed'));
    pending.clear();
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  cdp.on('Target.detachedFromTarget', onDetached);

  /** Sends one CDP command to the popup. */
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      if (detached) return reject(new Error(`the popup closed (before ${method})`));
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((err) => {
          pending.delete(id);
          reject(err);
        });
    });

  /** Evaluates a JS expression in the popup (promises awaited) and returns its JSON value. */
  const evaluate = async (expression) => {
    const r = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) {
      const d = r.exceptionDetails;
      throw new Error(`popup evaluate failed: ${d.exception?.description ?? d.text}`);
    }
    return r.result.value;
  };

  return {
    targetId: target.targetId,
    evaluate,
    /**
     * Polls `expression` in the popup until it is truthy and returns its value. A throwing expression
     * (e.g. `document.body` not there yet) counts as not yet; a closed popup fails at once.
     */
    waitFor: (expression, ms = WAIT_MS) => {
      let last = '';
      return poll(
        () =>
          evaluate(expression).catch((err) => {
            if (detached) throw err;
            last = ` (last error: ${err.message})`;
            return undefined;
          }),
        () => expression + last,
        ms,
        100,
      );
    },
    /** Saves a PNG of the popup at its real size. */
    screenshot: async (file) => {
      const { data } = await send('Page.captureScreenshot', { format: 'png' });
      await writeFile(file, Buffer.from(data, 'base64'));
    },
    close: async () => {
      await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
      await poll(
        async () => !(await targets(cdp)).some((t) => t.targetId === target.targetId),
        'the popup to close',
      );
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      cdp.off('Target.detachedFromTarget', onDetached);
    },
  };
}

/**
 * The extension tab id of `page` (no `tabs` permission needed: the page is made the active tab first).
 * Bringing the page to the front takes focus from an open action popup, which closes it: call this first.
 * @returns {Promise<number>}
 */
export async function activeTabId(sw, page) {
  await page.bringToFront();
  const id = await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (typeof id !== 'number') throw new Error('no active tab found');
  return id;
}

/**
 * Opens `popup.html?tabId=N` (or any `query`) as a normal Playwright page: full Playwright API,
 * e.g. for the `download` event. It grants nothing: give the tab a grant with `clickAction` first.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {number | null} tabId target tab id, or null for none
 * @param {string} [query] extra query instead of `?tabId=`
 */
export async function openPopupAsTab(context, extensionId, tabId, query) {
  const page = await context.newPage();
  await page.goto(popupUrl(extensionId, query ?? (tabId == null ? '' : `?tabId=${tabId}`)));
  return page;
}

/**
 * Clicks the Pith icon on `page` and returns the real action popup (`attachPopup`) once its first render is done.
 * @param {{ extensionId: string, cdp: import('playwright-core').CDPSession }} browser from `launchChromium`
 * @param {import('playwright-core').Page} page
 */
export async function clickAndOpenPopup(browser, page) {
  await clickAction(browser.cdp, browser.extensionId, page);
  const popup = await attachPopup(browser.cdp, browser.extensionId);
  await popup.waitFor(POPUP_READY);
  return popup;
}

/**
 * Opens the popup for `page` as a tab, the way the tests drive it: the grant is a click on the icon, then the real
 * popup is closed and popup.html?tabId=N is opened as a Playwright page, sized to `viewport` if given, and waited
 * for until it has rendered (the tab is closed if it never does).
 * @param {{ context: import('playwright-core').BrowserContext, sw: import('playwright-core').Worker,
 *   extensionId: string, cdp: import('playwright-core').CDPSession }} browser from `launchChromium`
 * @param {import('playwright-core').Page} page the page to read
 * @param {{ width: number, height: number }} [viewport]
 * @returns {Promise<{ tab: import('playwright-core').Page, tabId: number }>}
 */
export async function openPopupTabFor(browser, page, viewport) {
  const tabId = await activeTabId(browser.sw, page);
  await clickAction(browser.cdp, browser.extensionId, page);
  await (await attachPopup(browser.cdp, browser.extensionId)).close();
  const tab = await openPopupAsTab(browser.context, browser.extensionId, tabId);
  try {
    if (viewport) await tab.setViewportSize(viewport);
    await tab.waitForFunction(isPopupReady, null, { timeout: WAIT_MS });
  } catch (err) {
    await tab.close().catch(() => {});
    throw err;
  }
  return { tab, tabId };
}

/**
 * One e2e file's shared set-up, as node:test hooks: `before()` creates RESULTS_DIR, serves the fixture pages
 * (`fixtures: false` for none), launches Chromium with the shipped build (`launch: false` for a file
 * that launches its own browsers; `clipboard` grants the fixture origin clipboard access), then runs the file's own
 * `init(suite)`. `after()` closes the browser and the server. Call it once, at the top level of a test file.
 * The file's further set-up goes in `init`, not in a top-level `before()` of its own: Node 20 starts top-level
 * `before` hooks as they are registered, so a second one would not wait for the browser.
 * @param {{ clipboard?: boolean, launch?: boolean, fixtures?: boolean }} [options]
 * @param {(suite: ChromiumSuite) => Promise<void>} [init]
 * @returns {ChromiumSuite} filled in `before()`
 * @typedef {{ browser: Awaited<ReturnType<typeof launchChromium>>, server: Awaited<ReturnType<typeof serveFixtures>> }} ChromiumSuite
 */
export function setupChromiumSuite({ clipboard = false, launch = true, fixtures = true } = {}, init) {
  const suite = /** @type {any} */ ({ browser: undefined, server: undefined });
  before(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    if (fixtures) suite.server = await serveFixtures();
    if (launch) suite.browser = await launchChromium({ extensionPath: CHROME_BUILD });
    if (clipboard) {
      await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.origin });
    }
    await init?.(suite);
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (node_modules/axe-core) on a page (Playwright's or puppeteer's: both evaluate a string as a script);
 * returns its violations as short lines ("rule: target — message").
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    // @ts-ignore axe is injected above
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary}`) }));
  });
  return result.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n}`));
}

/** In the popup (pass to `page.evaluate`): the texts a language test reads. */
export const POPUP_TEXTS = () => ({
  lang: document.documentElement.lang,
  tab: document.querySelector('#tab-article')?.textContent,
  save: document.querySelector('#save')?.textContent,
  heading: document.querySelector('#figures-heading')?.textContent,
  reading: document.querySelector('#reading-time')?.textContent,
  removals: document.querySelector('#removals')?.textContent,
  published: document.querySelector('#published')?.textContent,
  iso: document.querySelector('#published')?.getAttribute('datetime'),
  title: document.title,
});

/**
 * Asserts that the popup's texts (`shown`, from {@link POPUP_TEXTS}) are in `lang`: its messages (`text(name)`, from
 * the build's _locales), the reading time in the language's plural form, the date in its format.
 */
export function assertPopupInLanguage(shown, lang, text) {
  assert.equal(shown.lang.slice(0, 2), lang);
  assert.equal(shown.tab, text('popupTabArticle'));
  assert.equal(shown.save, text('popupSave'));
  assert.equal(shown.heading, text('popupFiguresHeading'));
  assert.equal(shown.title, text('popupActionTitle'));
  assert.ok(shown.removals?.startsWith(text('coreRemovedUnprotect')), `removals: ${shown.removals}`);
  const minutes = Number(shown.reading?.match(/\d+/)?.[0]);
  const category = new Intl.PluralRules(lang).select(minutes);
  assert.equal(shown.reading, text(`popupReadingTime_${category}`).replace('$1', String(minutes)));
  assert.equal(shown.published, new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(shown.iso)));
}
