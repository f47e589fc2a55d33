// End-to-end: related posts and the reading list, in the SHIPPED Chromium build (.output/chrome-mv3).
// The reader's path: "Save all" on the seed page's related posts; the reading list in the Saved view
// (mark read, delete, open in a new tab); saving an article leaves the reading list alone, and a saved link
// whose page is later saved as an article shows "Saved as article". Plus related-posts fixture pages
// (tests/fixtures/related/) served and clicked. Build first: `npx wxt build`.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  FIXTURE_PAGES,
  POPUP_SNAPSHOT,
  RESULTS_DIR,
  ROOT,
  WAIT_MS,
  clickAndOpenPopup,
  openPopupAsTab,
  openPopupTabFor,
  serveFixtures,
  setupChromiumSuite,
} from './harness.mjs';

const SEED = 'seed-mining';
const HUB = 'related-reading';
const RELATED_FIXTURES = path.join(ROOT, 'tests/fixtures/related');
/** Related-posts fixtures with absolute post URLs, so they list the same posts wherever they are served. */
const SERVED_CASES = ['inline-read-more-en', 'ghost-read-more', 'bbc-more-on-this-story'];

const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

let seedExpected;
let hubExpected;
/** The related-posts fixtures, on a server of their own. */
let relatedPages;

const suite = setupChromiumSuite({}, async () => {
  seedExpected = JSON.parse(await readFile(path.join(FIXTURE_PAGES, SEED, 'expected.json'), 'utf8'));
  hubExpected = JSON.parse(await readFile(path.join(FIXTURE_PAGES, HUB, 'expected.json'), 'utf8'));
  relatedPages = await serveFixtures(RELATED_FIXTURES);
});

after(async () => {
  await relatedPages?.close();
});

async function open(url) {
  const page = await suite.browser.context.newPage();
  await page.goto(url);
  return page;
}

/** The reading list as stored (storage.local `index.links`), read from the service worker. */
async function storedLinks() {
  const all = await suite.browser.sw.evaluate(() => chrome.storage.local.get(null));
  return Object.values(all).flatMap((v) => (v && Array.isArray(v.links) ? v.links : []));
}

/** The Saved view of a popup opened as a tab: each reading-list item as shown. */
async function readingList(tab) {
  return tab.evaluate(() =>
    [...document.querySelectorAll('#saved-links li.saved-link')].map((li) => ({
      id: li.dataset.id,
      read: li.dataset.read,
      title: li.querySelector('a')?.textContent ?? '',
      href: li.querySelector('a')?.href ?? '',
      target: li.querySelector('a')?.target ?? '',
      savedAsArticle: li.querySelector('.saved-as-article') !== null,
      open: li.querySelector('button.open') !== null,
    })),
  );
}

/** Opens popup.html (no page) as a tab and shows the Saved view. */
async function openSavedView() {
  const tab = await openPopupAsTab(suite.browser.context, suite.browser.extensionId, null);
  await tab.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: WAIT_MS });
  await tab.click('#tab-saved');
  await tab.waitForFunction(() => document.body.dataset.state === 'saved', null, { timeout: WAIT_MS });
  return tab;
}

describe('related posts and the reading list', () => {
  let seedTitle;
  let seedPage;

  before(async () => {
    seedPage = await open(suite.server.url(`${SEED}/`));
  });
  after(async () => {
    await seedPage?.close();
  });

  it('"Save all" puts the seed page\'s three related posts on the reading list in one go', async () => {
    const popup = await clickAndOpenPopup(suite.browser, seedPage);
    const view = await popup.evaluate(POPUP_SNAPSHOT);
    seedTitle = norm(view.title);
    assert.equal(view.state, 'article', `popup state ${view.state}: ${view.error}`);
    assert.deepEqual(view.related.map((r) => norm(r.title)), seedExpected.related.map((r) => norm(r.title)));
    assert.equal(await popup.evaluate(`document.querySelector('#related-save-all')?.textContent.trim()`), 'Save all');
    await popup.evaluate(`document.querySelector('#related-save-all').click()`);
    await popup.waitFor(`document.querySelector('#related-save-all[data-saved="1"]') !== null`);
    const buttons = await popup.evaluate(`[...document.querySelectorAll('#related li.related-post button.save-link')].map((b) => b.dataset.saved)`);
    await popup.screenshot(path.join(RESULTS_DIR, 'popup-related-saved-all.png'));
    await popup.close();
    assert.deepEqual(buttons, ['1', '1', '1'], 'every "Save for later" shows Saved');

    const links = await storedLinks();
    assert.deepEqual(
      links.map((l) => norm(l.title)),
      seedExpected.related.map((r) => norm(r.title)),
      'the reading list holds the three posts, in page order',
    );
    for (const [i, link] of links.entries()) {
      assert.equal(link.url, seedExpected.related[i].url, `url of "${link.title}"`);
      assert.equal(link.author, seedExpected.related[i].author, `author of "${link.title}"`);
      assert.equal(norm(link.fromTitle), seedTitle, 'where the link was found');
      assert.equal(link.read, false);
    }

    // Reopened, the popup knows they are saved.
    const again = await clickAndOpenPopup(suite.browser, seedPage);
    await again.waitFor(`document.querySelector('#related-save-all[data-saved="1"]') !== null`);
    await again.close();
  });

  it('the reading list opens links in a new tab, marks one read and deletes one', async () => {
    const tab = await openSavedView();
    try {
      await tab.locator('#saved-links li.saved-link').first().waitFor({ timeout: WAIT_MS });
      let list = await readingList(tab);
      assert.equal(list.length, 3, JSON.stringify(list));
      assert.ok(list.every((l) => l.target === '_blank' && l.read === '0'), JSON.stringify(list));
      const [first, second] = list;

      await tab.click(`#saved-links li.saved-link[data-id="${first.id}"] button.mark-read`);
      await tab.locator(`#saved-links li.saved-link[data-id="${first.id}"][data-read="1"]`).waitFor({ timeout: WAIT_MS });
      assert.equal(
        norm(await tab.locator(`#saved-links li.saved-link[data-id="${first.id}"] button.mark-read`).textContent()),
        'Mark unread',
      );
      assert.equal((await storedLinks()).find((l) => l.id === first.id)?.read, true, 'read state stored');

      await tab.click(`#saved-links li.saved-link[data-id="${second.id}"] button.delete`);
      await tab.locator(`#saved-links li.saved-link[data-id="${second.id}"]`).waitFor({ state: 'detached', timeout: WAIT_MS });
      list = await readingList(tab);
      assert.deepEqual(list.map((l) => l.id), [first.id, list[1].id]);
      assert.equal(list[0].read, '1', 'still read after the list was redrawn');
      assert.deepEqual((await storedLinks()).map((l) => l.id), list.map((l) => l.id), 'storage matches the list');
      await tab.screenshot({ path: path.join(RESULTS_DIR, 'popup-reading-list.png') });
    } finally {
      await tab.close();
    }
  });

  it('saving the seed article leaves its related links on the reading list as they were', async () => {
    const before = await storedLinks();
    const popup = await clickAndOpenPopup(suite.browser, seedPage);
    await popup.evaluate(`document.querySelector('#save').click()`);
    await popup.waitFor(`document.querySelector('#save[data-saved="1"]') !== null`);
    await popup.close();
    assert.deepEqual(await storedLinks(), before);
  });

  it('a related page served and clicked: its posts are listed, a title opens in a new tab, and a saved page shows "Saved as article"', async () => {
    const hub = await open(suite.server.url(`${HUB}/`));
    try {
      let popup = await clickAndOpenPopup(suite.browser, hub);
      const view = await popup.evaluate(POPUP_SNAPSHOT);
      assert.deepEqual(view.related.map((r) => norm(r.title)), hubExpected.related.map((r) => norm(r.title)));
      assert.equal(view.related[0].url, suite.server.url('blog-structure/'));
      assert.equal(view.related[1].url, suite.server.url(`${SEED}/`), 'tracking parameters are gone');

      // A click on a related title opens the post in a new tab (the popup closes as the tab takes focus,
      // so the click is queued to run after this evaluation has answered).
      const [opened] = await Promise.all([
        suite.browser.context.waitForEvent('page', { timeout: WAIT_MS }),
        popup.evaluate(`setTimeout(() => document.querySelector('#related a.related-title').click(), 50), true`),
      ]);
      await opened.waitForLoadState();
      assert.equal(opened.url(), suite.server.url('blog-structure/'));
      await opened.close();
      await popup.close().catch(() => {});

      popup = await clickAndOpenPopup(suite.browser, hub);
      await popup.evaluate(`document.querySelector('#related-save-all').click()`);
      await popup.waitFor(`document.querySelector('#related-save-all[data-saved="1"]') !== null`);
      await popup.close();
    } finally {
      await hub.close();
    }

    // The seed page was saved as an article above: its link from this page says so and opens it from storage.
    const tab = await openSavedView();
    try {
      await tab.locator('#saved-links li.saved-link').first().waitFor({ timeout: WAIT_MS });
      const list = await readingList(tab);
      assert.equal(list.length, 5, JSON.stringify(list));
      const seedLink = list.find((l) => l.href === suite.server.url(`${SEED}/`));
      assert.ok(seedLink, `no reading-list item for the seed page: ${JSON.stringify(list)}`);
      assert.equal(seedLink.savedAsArticle, true, '"Saved as article"');
      assert.equal(seedLink.open, true, 'an Open button');
      const others = list.filter((l) => l !== seedLink);
      assert.ok(others.every((l) => !l.savedAsArticle && !l.open), JSON.stringify(others));

      await tab.click(`#saved-links li.saved-link[data-id="${seedLink.id}"] button.open`);
      await tab.waitForFunction(
        () => document.body.dataset.source === 'saved' && document.body.dataset.state === 'article',
        null,
        { timeout: WAIT_MS },
      );
      assert.equal(norm(await tab.locator('#title').textContent()), seedTitle);
    } finally {
      await tab.close();
    }
  });
});

describe('related-posts fixture pages in the real popup', () => {
  for (const name of SERVED_CASES) {
    it(`${name}: lists the posts the page recommends`, async () => {
      const expected = JSON.parse(await readFile(path.join(RELATED_FIXTURES, name, 'expected.json'), 'utf8'));
      const page = await open(relatedPages.url(`${name}/page.html`));
      try {
        const { tab } = await openPopupTabFor(suite.browser, page);
        try {
          const view = await tab.evaluate(POPUP_SNAPSHOT);
          assert.equal(view.state, 'article', `popup state ${view.state}: ${view.error}`);
          assert.deepEqual(
            view.related.map((r) => ({ title: norm(r.title), url: r.url })),
            expected.related.map((r) => ({ title: norm(r.title), url: r.url })),
          );
          for (const gone of expected.removedText ?? []) {
            assert.ok(!norm(view.article).includes(norm(gone)), `#article still shows "${gone}"`);
          }
        } finally {
          await tab.close();
        }
      } finally {
        await page.close();
      }
    });
  }
});
