// End-to-end accessibility and languages: the SHIPPED Chromium build in real headless Chromium, its browser UI in
// English, German and Russian (--lang + LANGUAGE). On the seed article the popup (opened as a tab after a click on
// the icon) runs axe-core (node_modules/axe-core) in every theme — 0 violations, colour contrast included —, is used
// with the keyboard alone (every control reached in order with a visible focus ring, the listed shortcuts work),
// announces status messages in a live region, and shows its texts, numbers and dates in the browser's language.
// Screenshots: test-results/popup-theme-<theme>.png (English) and popup-lang-<lang>.png.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  POPUP_TEXTS,
  assertPopupInLanguage,
  axeViolations,
  CHROME_BUILD,
  RESULTS_DIR,
  WAIT_MS,
  isPopupReady,
  launchChromium,
  openPopupAsTab,
  openPopupTabFor,
  setupChromiumSuite,
} from './harness.mjs';

const SEED = 'seed-mining';
const THEMES = ['system', 'light', 'dark', 'sepia'];

/** The shipped messages of a language (the build's _locales). */
const messages = (lang) => JSON.parse(readFileSync(path.join(CHROME_BUILD, '_locales', lang, 'messages.json'), 'utf8'));

/** The fixture server; each language launches a browser of its own. */
const suite = setupChromiumSuite({ launch: false });

/** Launches Chromium in `lang`, clicks the icon on the seed page and opens the popup as a tab, rendered. */
async function openSeedPopup(lang) {
  const browser = await launchChromium({ extensionPath: CHROME_BUILD, lang });
  const page = await browser.context.newPage();
  await page.goto(suite.server.url(`${SEED}/`));
  const { tab: popup, tabId } = await openPopupTabFor(browser, page, { width: 460, height: 900 });
  return { browser, page, popup, tabId };
}

/** Picks a theme in the popup's menu, as the reader does. */
async function pickTheme(popup, theme) {
  await popup.selectOption('#theme', theme);
  await popup.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

/** The interactive elements a keyboard user must reach, in document order (visible ones). */
const TABBABLES = () =>
  [...document.querySelectorAll('a[href], button, select, input, summary, [tabindex]:not([tabindex="-1"])')]
    .filter((el) => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
    .map((el) => el.id || `${el.localName}.${el.className}:${(el.textContent ?? '').trim().slice(0, 30)}`);

/** Presses Tab through the page: what got focus each time, and whether a focus ring showed. */
async function tabThrough(page, steps) {
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  const seen = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return { name: 'body', ring: false };
        const style = getComputedStyle(el);
        const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        return { name: el.id || `${el.localName}.${el.className}:${(el.textContent ?? '').trim().slice(0, 30)}`, ring };
      }),
    );
  }
  return seen;
}

describe('popup in English: axe in every theme, keyboard, live region', () => {
  let ctx;
  before(async () => {
    ctx = await openSeedPopup(undefined);
  });
  after(async () => {
    await ctx?.browser.close();
  });

  for (const theme of THEMES) {
    for (const scheme of theme === 'system' ? ['light', 'dark'] : ['light']) {
      it(`axe: 0 violations in the ${theme} theme${theme === 'system' ? ` (system ${scheme})` : ''}`, async () => {
        const { popup } = ctx;
        await popup.emulateMedia({ colorScheme: scheme });
        await pickTheme(popup, theme);
        assert.deepEqual(await axeViolations(popup), []);
        if (scheme === 'light') await popup.screenshot({ path: path.join(RESULTS_DIR, `popup-theme-${theme}.png`), fullPage: false });
        if (theme === 'system' && scheme === 'dark') await popup.screenshot({ path: path.join(RESULTS_DIR, 'popup-theme-system-dark.png') });
      });
    }
  }

  it('the dark and sepia themes really change the colours, and the choice is remembered', async () => {
    const { popup, browser, tabId } = ctx;
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await pickTheme(popup, 'light');
    const light = await background();
    await pickTheme(popup, 'dark');
    const dark = await background();
    await pickTheme(popup, 'sepia');
    const sepia = await background();
    assert.equal(new Set([light, dark, sepia]).size, 3, `backgrounds ${light} ${dark} ${sepia}`);
    const again = await openPopupAsTab(browser.context, browser.extensionId, tabId);
    await again.waitForFunction(isPopupReady, null, { timeout: WAIT_MS });
    await again.waitForFunction(() => document.documentElement.dataset.theme === 'sepia', null, { timeout: WAIT_MS });
    assert.equal(await again.locator('#theme').inputValue(), 'sepia');
    await again.close();
    await pickTheme(popup, 'system');
  });

  it('the figures chart has a text alternative and the status messages a live region', async () => {
    const { popup } = ctx;
    const chart = await popup.evaluate(() => {
      const figure = document.querySelector('#figures-chart');
      return {
        label: figure?.getAttribute('aria-label') ?? '',
        caption: figure?.querySelector('figcaption')?.textContent ?? '',
        svgHidden: figure?.querySelector('svg')?.getAttribute('aria-hidden'),
      };
    });
    assert.match(chart.label, /^Bar chart of figures in \S+/);
    assert.match(chart.caption, /^In \S+: .+\.$/);
    assert.equal(chart.svgHidden, 'true', 'the drawing is hidden; the caption says it');
    const status = await popup.evaluate(() => {
      const el = document.querySelector('#status');
      return { role: el?.getAttribute('role'), live: el?.getAttribute('aria-live') };
    });
    assert.deepEqual(status, { role: 'status', live: 'polite' });
  });

  it('keyboard alone: Tab reaches every control in document order, each with a visible focus ring', async () => {
    const { popup } = ctx;
    await pickTheme(popup, 'light');
    await popup.evaluate(() => {
      document.querySelector('#figures-export')?.setAttribute('open', '');
      document.querySelector('#shortcuts')?.setAttribute('open', '');
    });
    const expected = await popup.evaluate(TABBABLES);
    assert.ok(expected.length > 15, `only ${expected.length} controls`);
    const seen = await tabThrough(popup, expected.length);
    assert.deepEqual(
      seen.map((s) => s.name),
      expected,
    );
    const ringless = seen.filter((s) => !s.ring).map((s) => s.name);
    assert.deepEqual(ringless, [], 'controls without a visible focus ring');
  });

  it('the shortcuts listed in the popup work: Alt+Shift+L / A switch views; Save is announced in the live region', async () => {
    const { popup } = ctx;
    const listed = await popup.evaluate(() => [...document.querySelectorAll('#shortcut-list dt')].map((dt) => dt.textContent));
    for (const keys of ['Alt+Shift+E', 'Alt+Shift+S', 'Alt+Shift+A', 'Alt+Shift+L', 'Alt+Shift+C']) {
      assert.ok(listed.includes(keys), `${keys} listed: ${listed}`);
    }
    await popup.keyboard.press('Alt+Shift+KeyL');
    await popup.waitForFunction(() => document.body.dataset.state === 'saved');
    await popup.keyboard.press('Alt+Shift+KeyA');
    await popup.waitForFunction(() => document.body.dataset.state === 'article');
    await popup.focus('#save');
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.querySelector('#status')?.textContent === 'Saved to your library');
    assert.equal(await popup.locator('#save').textContent(), 'Saved ✓');
  });

  it('axe: 0 violations in the Saved view (an article and reading-list links listed)', async () => {
    const { popup } = ctx;
    await popup.click('#related-save-all');
    await popup.waitForFunction(() => document.querySelector('#related-save-all')?.dataset.saved === '1');
    await popup.click('#tab-saved');
    await popup.waitForFunction(() => document.querySelectorAll('#saved-articles li, #saved-links li').length >= 2);
    for (const theme of ['light', 'dark', 'sepia']) {
      await pickTheme(popup, theme);
      assert.deepEqual(await axeViolations(popup), [], `Saved view, ${theme}`);
    }
    await pickTheme(popup, 'system');
    await popup.click('#tab-article');
  });

  it('axe: 0 violations on the error page (popup opened on no readable tab)', async () => {
    const { browser } = ctx;
    const restricted = await openPopupAsTab(browser.context, browser.extensionId, null, '?tabId=999999');
    await restricted.waitForFunction(isPopupReady, null, { timeout: WAIT_MS });
    assert.equal(await restricted.evaluate(() => document.body.dataset.state), 'error');
    assert.deepEqual(await axeViolations(restricted), []);
    await restricted.close();
  });
});

for (const lang of ['de', 'ru']) {
  describe(`popup in ${lang}: the browser's language, axe in every theme`, () => {
    let ctx;
    let text;
    before(async () => {
      text = (key) => messages(lang)[key]?.message;
      ctx = await openSeedPopup(lang);
    });
    after(async () => {
      await ctx?.browser.close();
    });

    it(`chrome.i18n runs in ${lang} and the popup shows its texts, reading time and date in ${lang}`, async () => {
      const { browser, popup } = ctx;
      assert.equal(await browser.sw.evaluate(() => chrome.i18n.getUILanguage().slice(0, 2)), lang);
      assertPopupInLanguage(await popup.evaluate(POPUP_TEXTS), lang, text);
      await popup.screenshot({ path: path.join(RESULTS_DIR, `popup-lang-${lang}.png`) });
    });

    for (const theme of THEMES) {
      it(`axe: 0 violations in the ${theme} theme`, async () => {
        const { popup } = ctx;
        await pickTheme(popup, theme);
        assert.deepEqual(await axeViolations(popup), []);
      });
    }

    it(`status messages are announced in ${lang}`, async () => {
      const { popup } = ctx;
      await popup.click('#save');
      await popup.waitForFunction((want) => document.querySelector('#status')?.textContent === want, text('popupSavedStatus'));
      assert.equal(await popup.locator('#save').textContent(), text('popupSaved'));
      await popup.click('#tab-saved');
      await popup.waitForFunction(() => document.querySelectorAll('#saved-articles li').length >= 1);
      assert.deepEqual(await axeViolations(popup), [], 'Saved view');
      await popup.click('#tab-article');
    });
  });
}

/** Opens an extension page of the build in a wide tab, once it has rendered (`body[data-ready="1"]`). */
async function openPage(browser, file) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: WAIT_MS });
  return page;
}

for (const lang of [undefined, 'de']) {
  describe(`library and reader view${lang ? ` in ${lang}` : ''}: axe in every theme, keyboard`, () => {
    let ctx;
    let library;
    let reader;
    before(async () => {
      ctx = await openSeedPopup(lang);
      await ctx.popup.click('#save');
      await ctx.popup.waitForFunction(() => document.querySelector('#save')?.dataset.saved === '1');
      await ctx.popup.click('#related-save-all');
      await ctx.popup.waitForFunction(() => document.querySelector('#related-save-all')?.dataset.saved === '1');
      library = await openPage(ctx.browser, 'library.html');
      const id = await library.evaluate(() => document.querySelector('li.article')?.getAttribute('data-id'));
      assert.ok(id, 'the saved article is listed in the library');
      reader = await openPage(ctx.browser, `reader.html?id=${id}`);
    });
    after(async () => {
      await ctx?.browser.close();
    });

    if (lang) {
      it(`both pages show their texts in ${lang}`, async () => {
        for (const page of [library, reader]) {
          const { htmlLang, texts } = await page.evaluate(() => ({
            htmlLang: document.documentElement.lang,
            // (<title> may become the article's title)
            texts: [...document.querySelectorAll('body [data-i18n]')].map((el) => [el.getAttribute('data-i18n'), el.textContent]),
          }));
          assert.equal(htmlLang.slice(0, 2), lang);
          const wanted = messages(lang);
          for (const [key, shown] of texts) assert.equal(shown, wanted[key]?.message, `${page.url()}: ${key}`);
        }
      });
    }

    for (const theme of THEMES) {
      it(`axe: 0 violations in the ${theme} theme (library, reading list, reader)`, async () => {
        await pickTheme(library, theme);
        assert.deepEqual(await axeViolations(library), [], 'library');
        await library.click('#tab-links');
        assert.deepEqual(await axeViolations(library), [], 'reading list');
        await library.click('#tab-articles');
        await pickTheme(reader, theme);
        assert.deepEqual(await axeViolations(reader), [], 'reader');
        if (!lang && theme !== 'system') {
          await library.screenshot({ path: path.join(RESULTS_DIR, `library-theme-${theme}.png`) });
          await reader.screenshot({ path: path.join(RESULTS_DIR, `reader-theme-${theme}.png`) });
        }
      });
    }

    if (!lang) {
      it('keyboard alone: Tab reaches the controls of both pages in order, each with a visible focus ring', async () => {
        for (const page of [library, reader]) {
          // A fresh load: Tab starts from the top of the page.
          await page.reload();
          await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: WAIT_MS });
          const expected = await page.evaluate(TABBABLES);
          const steps = Math.min(expected.length, 25);
          const seen = await tabThrough(page, steps);
          assert.deepEqual(
            seen.map((s) => s.name),
            expected.slice(0, steps),
            page.url(),
          );
          assert.deepEqual(seen.filter((s) => !s.ring).map((s) => s.name), [], `${page.url()}: controls without a focus ring`);
        }
      });
    }
  });
}
