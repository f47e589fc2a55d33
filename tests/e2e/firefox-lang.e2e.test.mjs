// End-to-end languages and accessibility in Firefox: the SHIPPED Firefox build (firefox-mv2) in headless Firefox ESR
// with its UI in German (`intl.locale.requested`, with Debian's firefox-esr-l10n-de language pack, which
// scripts/setup-and-demo.sh and .ci/run install). On the seed article the popup (after a toolbar click, as a tab:
// see firefox-harness.mjs) shows its texts, reading time and date in German, and axe-core finds 0 violations in
// every theme. The same checks in Chromium are in a11y.e2e.test.mjs. Screenshot: test-results/firefox-popup-lang-de.png.
//   node --test --test-concurrency=1 tests/e2e/firefox-lang.e2e.test.mjs

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { FIREFOX_BUILD, POPUP_TEXTS, RESULTS_DIR, assertPopupInLanguage, axeViolations, serveFixtures } from './harness.mjs';
import { clickAndOpenPopup, launchFirefox } from './firefox-harness.mjs';

const LANG = 'de';
const THEMES = ['system', 'light', 'dark', 'sepia'];
/** The build's own texts in `LANG`, by message name. */
const MESSAGES = JSON.parse(readFileSync(path.join(FIREFOX_BUILD, '_locales', LANG, 'messages.json'), 'utf8'));
const text = (key) => MESSAGES[key]?.message;

describe(`popup in Firefox with its UI in ${LANG}`, () => {
  let server;
  let fx;
  let popup;

  before(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    server = await serveFixtures();
    fx = await launchFirefox({ prefs: { 'intl.locale.requested': LANG } });
    const page = await fx.browser.newPage();
    await page.goto(server.url('seed-mining/'));
    popup = await clickAndOpenPopup(fx, page);
    await popup.setViewport({ width: 420, height: 700 });
  });

  after(async () => {
    await fx?.close();
    await server?.close();
  });

  it(`browser.i18n runs in ${LANG} and the popup shows its texts, reading time and date in ${LANG}`, async () => {
    const ui = await popup.evaluate(() => browser.i18n.getUILanguage());
    assert.equal(ui.slice(0, 2), LANG, `Firefox's UI language is ${ui}: is its ${LANG} language pack installed (Debian: firefox-esr-l10n-${LANG})?`);
    assertPopupInLanguage(await popup.evaluate(POPUP_TEXTS), LANG, text);
    await popup.screenshot({ path: path.join(RESULTS_DIR, `firefox-popup-lang-${LANG}.png`) });
  });

  for (const theme of THEMES) {
    it(`axe: 0 violations in the ${theme} theme`, async () => {
      await popup.select('#theme', theme);
      await popup.waitForFunction((t) => document.documentElement.dataset.theme === t, {}, theme);
      assert.deepEqual(await axeViolations(popup), []);
    });
  }
});
