// Real-Firefox E2E helpers for Pith (plain Node ESM): Firefox ESR headless over WebDriver BiDi (puppeteer-core).
// Recipe: /work/shared/docs/e2e-recipe.md §6. The SHIPPED build (firefox-mv2) is installed as a temporary add-on,
// as-is (no host permissions); page access comes from Firefox's own toolbar-click code
// (`action.triggerClickOrPopup(tab)`, which grants activeTab), run in the browser's chrome window.
// Browser-neutral helpers (fixture server, popup snapshot, poll) live in ./harness.mjs.

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { FIREFOX_BUILD, OUT_DIR, WAIT_MS, isPopupReady, poll } from './harness.mjs';

/** The Firefox MV3 build (`wxt build -b firefox --mv3`); the shipped Firefox build is MV2 (harness FIREFOX_BUILD). */
export const FIREFOX_MV3_BUILD = path.join(OUT_DIR, 'firefox-mv3');
/** Where Firefox ESR is (Debian's firefox-esr package). */
export const FIREFOX_BIN = '/usr/bin/firefox-esr';
/** The extension id of the shipped Firefox build (browser_specific_settings.gecko.id in wxt.config.ts). */
export const GECKO_ID = 'pith@pith-reader.org';
/** A fixed moz-extension:// host for the test profile, so popup URLs are known before install. */
export const EXTENSION_UUID = '5e1f0c2a-7d3b-4c1e-9a60-2b8f4d7e9c11';

/** Chrome-scope preamble: Firefox's extension registry, for evaluating in the browser window. */
const EXTENSION_PARENT = `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
  const { browserActionFor, tabTracker } = ExtensionParent.apiManager.global;`;

/**
 * Launches headless Firefox ESR with the extension at `extensionPath` installed as a temporary add-on, in a
 * throwaway profile. Pages may reach only 127.0.0.1 (everything else goes to a proxy that does not exist).
 * Blob/<a download> exports land in `downloadDir` without a dialog. `close()` closes Firefox and removes the folders.
 * `prefs` are more preferences for the profile (`{ 'intl.locale.requested': 'de' }`: the browser's language, which
 * needs that language's pack installed, Debian's firefox-esr-l10n-de).
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, downloadDir: string,
 *   chrome(expression: string): Promise<any>, close(): Promise<void> }>}
 */
export async function launchFirefox({ extensionPath = FIREFOX_BUILD, executablePath = FIREFOX_BIN, prefs = {} } = {}) {
  const downloadDir = await mkdtemp(path.join(tmpdir(), 'pith-ff-downloads-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      // Lets WebDriver BiDi open moz-extension:// pages and evaluate in the browser window (recipe §6).
      args: ['-remote-allow-system-access'],
      defaultViewport: { width: 800, height: 600 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
        // No test depends on the outside world: any host but 127.0.0.1 goes to a closed local port.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.no_proxies_on': '127.0.0.1',
        'network.proxy.allow_hijacking_localhost': false,
        ...prefs,
      },
    });
    const id = await browser.installExtension(path.resolve(extensionPath));
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
    const [first] = await browser.pages();
    if (!first) throw new Error('Firefox opened no page');
    // puppeteer-core 24 exposes the raw BiDi session only through internals (recipe §6).
    const session = first.mainFrame().browsingContext.userContext.browser.session;

    /** Evaluates `expression` in the browser's chrome window (privileged) and returns its JSON value. */
    const chrome = async (expression) => {
      const { result: tree } = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const context = tree.contexts[0]?.context;
      if (!context) throw new Error('no chrome window');
      const { result } = await session.send('script.evaluate', {
        target: { context },
        awaitPromise: true,
        expression,
        resultOwnership: 'none',
      });
      if (result.type === 'exception') throw new Error(`chrome evaluate failed: ${result.exceptionDetails?.text}`);
      return result.result?.value;
    };

    const launched = browser;
    return {
      browser,
      downloadDir,
      chrome,
      close: async () => {
        await launched.close().catch(() => {});
        await rm(downloadDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser?.close().catch(() => {});
    await rm(downloadDir, { recursive: true, force: true });
    throw err;
  }
}

/** The extension page URL `file` (default the popup) in the test profile. */
export const extensionUrl = (file = 'popup.html', query = '') => `moz-extension://${EXTENSION_UUID}/${file}${query}`;

/**
 * Navigates `page` to `url` and waits for its load event, with the raw BiDi command: puppeteer's `goto`
 * never resolves for moz-extension:// and about: pages (recipe §6).
 * @param {import('puppeteer-core').Page} page
 */
export async function navigate(page, url) {
  await page.mainFrame().browsingContext.navigate(url, 'complete');
}

/** Chrome-scope expression: the <tab> element of the BiDi browsing context `contextId` (a puppeteer page). */
const TAB_OF = (contextId) => `(() => {
  const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  const browserEl = NavigableManager.getBrowserById(${JSON.stringify(contextId)});
  return browserEl && gBrowser.getTabForBrowser(browserEl);
})()`;

/** The id WebDriver BiDi gives `page`'s top-level browsing context. */
const contextIdOf = (page) => page.mainFrame().browsingContext.id;

/** The extension tab id of `page` (what `?tabId=` takes). */
export async function tabIdOf(fx, page) {
  const id = await fx.chrome(`(() => { ${EXTENSION_PARENT} const tab = ${TAB_OF(contextIdOf(page))};
    return tab ? tabTracker.getId(tab) : null; })()`);
  if (typeof id !== 'number') throw new Error(`no tab id for ${page.url()}`);
  return id;
}

/**
 * Clicks the Pith toolbar button for `page`, as a reader does: selects its tab and runs the core of Firefox's
 * toolbar click (ext-browserAction `triggerAction` → `action.triggerClickOrPopup(tab)`), which grants activeTab
 * on that tab until it navigates. The action panel itself is not opened: WebDriver BiDi cannot reach into it,
 * and `triggerAction` on an open panel only closes it (without a grant). The tests drive `popup.html?tabId=N`
 * in a tab instead. @returns the page's tab id.
 */
export async function clickAction(fx, page) {
  const id = await fx.chrome(`(() => { ${EXTENSION_PARENT} const tab = ${TAB_OF(contextIdOf(page))};
    if (!tab) return null;
    gBrowser.selectedTab = tab;
    const popupUrl = browserActionFor(extension).action.triggerClickOrPopup(tab, { button: 0, modifiers: [] });
    return popupUrl ? tabTracker.getId(tab) : -1; })()`);
  if (id === -1) throw new Error('the Pith button has no popup for this tab');
  if (typeof id !== 'number') throw new Error(`no tab for ${page.url()}`);
  return id;
}

/**
 * Opens `popup.html?tabId=N` (or `query` instead) in a new tab and waits for its first render.
 * It grants nothing: give the tab a grant with `clickAction` first.
 * @returns {Promise<import('puppeteer-core').Page>}
 */
export async function openPopup(fx, tabId, { query, ready = true } = {}) {
  const page = await fx.browser.newPage();
  await navigate(page, extensionUrl('popup.html', query ?? (tabId == null ? '' : `?tabId=${tabId}`)));
  if (ready) await page.waitForFunction(isPopupReady, { timeout: WAIT_MS });
  return page;
}

/** Clicks the action on `page` and opens the popup for it. @returns the popup tab, rendered. */
export async function clickAndOpenPopup(fx, page) {
  const tabId = await clickAction(fx, page);
  return openPopup(fx, tabId);
}

/** Waits for a finished download (no `.part` file left) whose name matches `pattern`, and returns its path. */
export async function waitForDownload(fx, pattern) {
  const name = await poll(async () => {
    const files = await readdir(fx.downloadDir);
    if (files.some((f) => f.endsWith('.part'))) return undefined;
    return files.find((f) => pattern.test(f));
  }, `a download matching ${pattern} in ${fx.downloadDir}`);
  return path.join(fx.downloadDir, name);
}
