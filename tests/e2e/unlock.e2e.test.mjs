// End-to-end: "Unlock this page" in real headless Chromium, with the SHIPPED build (.output/chrome-mv3).
// Every fixture page with an `unlock` entry in its expected.json is a case: each action the page blocks is
// asserted blocked before the unlock, and every action is asserted working after it (drag-select, the
// context menu not prevented, Ctrl+C putting exactly the selection on the clipboard, Ctrl+A, a selection
// that survives a second, no dialog), and the page's own links and buttons still work.
// The unlock is done as a reader does it: click the Pith icon, press "Unlock this page" in the popup.
// Build first: `npx wxt build`. Run alone: node --test --test-concurrency=1 tests/e2e/unlock.e2e.test.mjs

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  FIXTURE_PAGES,
  POPUP_READY,
  POPUP_SNAPSHOT,
  attachPopup,
  clickAction,
  clickAndOpenPopup,
  setupChromiumSuite,
} from './harness.mjs';

/** The actions checked on every page, in the order they are tried. */
const ACTIONS = ['contextmenu', 'select', 'keep', 'copy', 'selectAll', 'dialog', 'link'];

const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every fixture page that says what it blocks. */
const cases = readdirSync(FIXTURE_PAGES)
  .filter((name) => existsSync(path.join(FIXTURE_PAGES, name, 'expected.json')))
  .map((name) => ({ name, expected: JSON.parse(readFileSync(path.join(FIXTURE_PAGES, name, 'expected.json'), 'utf8')) }))
  .filter((c) => c.expected.unlock);

const suite = setupChromiumSuite({ clipboard: true }, async () => {
  // Test instrumentation, in every frame before the page's own scripts: records, after each context-menu
  // event has been dispatched to all listeners, whether anything cancelled it.
  await suite.browser.context.addInitScript(() => {
    const seen = [];
    Object.defineProperty(window, '__pithSeen', { value: seen });
    window.addEventListener('contextmenu', (e) => setTimeout(() => seen.push(e.defaultPrevented), 0), true);
  });
});

/** Opens a fixture page; dialogs are counted and dismissed (an open alert would stop the page). */
async function openCase(name, spec) {
  const page = await suite.browser.context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.goto(suite.server.url(`${name}/`));
  const frame = spec.frame ? await (await page.waitForSelector(spec.frame)).contentFrame() : page.mainFrame();
  await frame.waitForLoadState('load');
  return { page, frame, dialogs };
}

/** The page-coordinates box of the first element matching `selector` in `frame`, scrolled into view. */
async function box(frame, selector) {
  const loc = frame.locator(selector).first();
  await loc.scrollIntoViewIfNeeded();
  const b = await loc.boundingBox();
  assert.ok(b, `${selector} has no box`);
  return b;
}

const selectionText = (frame) => frame.evaluate(() => String(window.getSelection()));

/** Collapses any selection the way a reader does: a click at the start of the paragraph. */
async function clickToCollapse(page, frame, spec) {
  const b = await box(frame, spec.target);
  await page.mouse.click(b.x + 2, b.y + 4);
  await pause(50);
}

/** Drags across the first line of the target paragraph. @returns the selection 300 ms later. */
async function dragSelect(page, frame, spec) {
  await clickToCollapse(page, frame, spec);
  const b = await box(frame, spec.target);
  const y = b.y + 10;
  await page.mouse.move(b.x + 3, y);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * 0.65, y, { steps: 8 });
  await page.mouse.up();
  await pause(300);
  return selectionText(frame);
}

/** Selects the target paragraph from a script (before the unlock, where dragging cannot). */
async function scriptSelect(frame, spec) {
  return frame.evaluate((selector) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(selector));
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    return String(sel);
  }, spec.target);
}

/** Whether each action works on the page now. Runs the actions in ACTIONS order. */
async function measure(page, frame, dialogs, spec, { unlocked }) {
  const works = {};
  const dialogsBefore = dialogs.length;

  // Context menu: right-click the paragraph; the instrumentation says whether it was cancelled.
  await frame.evaluate(() => window.__pithSeen.splice(0));
  const t = await box(frame, spec.target);
  await page.mouse.click(t.x + 30, t.y + 10, { button: 'right' });
  await pause(150);
  await page.keyboard.press('Escape');
  const seen = await frame.evaluate(() => window.__pithSeen.slice());
  works.contextmenu = seen.length > 0 && seen.every((prevented) => prevented === false);

  // Drag selection, and whether it survives a second.
  const dragged = await dragSelect(page, frame, spec);
  works.select = norm(dragged).length >= 15;
  let held = dragged;
  if (!works.select && !unlocked) held = await scriptSelect(frame, spec);
  await pause(1100);
  works.keep = norm(held).length >= 15 && norm(await selectionText(frame)) === norm(held);

  // Copy: the clipboard must hold exactly the selection (and keep holding it: rewrites come late).
  if (!unlocked) await frame.evaluate(() => navigator.clipboard.writeText('(clipboard before the test)'));
  let selected = works.select ? await dragSelect(page, frame, spec) : await scriptSelect(frame, spec);
  await page.keyboard.press('Control+C');
  // A loaded machine may take a while to write the clipboard: wait for the copy to arrive (bounded), then
  // check it still holds the selection after the time a late rewrite would take.
  const readClip = () => frame.evaluate(() => navigator.clipboard.readText());
  const deadline = Date.now() + 3000;
  let clip = await readClip();
  while (norm(clip) !== norm(selected) && Date.now() < deadline) {
    await pause(100);
    clip = await readClip();
  }
  await pause(800);
  clip = await readClip();
  works.copy = norm(selected).length >= 15 && norm(clip) === norm(selected);

  // Select all: from no selection, Ctrl+A must select more than the paragraph.
  await clickToCollapse(page, frame, spec);
  if (!unlocked) await frame.evaluate(() => window.getSelection().removeAllRanges());
  const paragraph = norm(await frame.locator(spec.target).first().textContent());
  await page.keyboard.press('Control+A');
  await pause(300);
  selected = await selectionText(frame);
  works.selectAll = norm(selected).length > paragraph.length + 50;
  await clickToCollapse(page, frame, spec);

  works.dialog = dialogs.length === dialogsBefore;

  // The page's own link: a real click where it is drawn (`force` skips Playwright's own check, so a
  // layer over the link takes the click as it would a reader's).
  await frame.evaluate(() => history.replaceState(null, '', location.pathname));
  const link = frame.locator(spec.link).first();
  await link.scrollIntoViewIfNeeded();
  await link.click({ force: true });
  await pause(200);
  works.link = (await frame.evaluate(() => location.hash)) === (await link.getAttribute('href'));
  return works;
}

/** Clicks the Pith icon and "Unlock this page" in the real popup. @returns the popup's view after it. */
async function unlockThroughPopup(page) {
  await clickAction(suite.browser.cdp, suite.browser.extensionId, page);
  const popup = await attachPopup(suite.browser.cdp, suite.browser.extensionId);
  try {
    await popup.waitFor(POPUP_READY);
    await popup.waitFor(`document.querySelector('#unlock-bar')?.hidden === false`);
    assert.equal(await popup.evaluate(`document.querySelector('#unlock').textContent`), 'Unlock this page');
    await popup.evaluate(`document.querySelector('#unlock').click()`);
    await popup.waitFor(`document.body.dataset.unlock === 'done'`);
    return await popup.evaluate(`({
      button: document.querySelector('#unlock').textContent,
      always: document.querySelector('#always-unlock-label').textContent,
      removals: document.querySelector('#removals').textContent,
    })`);
  } finally {
    await popup.close();
    await page.bringToFront();
  }
}

describe('Unlock this page, on every protected page', () => {
  for (const { name, expected } of cases) {
    const spec = expected.unlock;
    it(`${name}: blocked before (${spec.blocks.join(', ') || 'nothing'}), everything works after`, async () => {
      const { page, frame, dialogs } = await openCase(name, spec);
      try {
        const before = await measure(page, frame, dialogs, spec, { unlocked: false });
        for (const action of spec.blocks) assert.equal(before[action], false, `${action} is not blocked before the unlock`);

        const popup = await unlockThroughPopup(page);
        assert.equal(popup.button, 'Unlocked ✓');
        assert.equal(popup.always, `Always unlock on ${new URL(suite.server.origin).hostname}`);

        const after = await measure(page, frame, dialogs, spec, { unlocked: true });
        for (const action of ACTIONS) assert.equal(after[action], true, `${action} does not work after the unlock`);

        if (spec.button) {
          await frame.locator(spec.button.click).first().click({ force: true });
          await pause(200);
          assert.equal(await frame.evaluate(spec.button.check), true, `the page's button ${spec.button.click} stopped working`);
        }
      } finally {
        await page.close();
      }
    });
  }
});

describe('what the unlock cannot be fooled by', () => {
  it('a devtools trap that has blanked the page does not stop Pith reading it', async () => {
    const { expected } = cases.find((c) => c.name === 'protect-traps');
    const { page } = await openCase('protect-traps', expected.unlock);
    try {
      await page.locator('.post-content p').first().click();
      await page.keyboard.press('F12');
      await page.waitForFunction(() => document.getElementById('page').style.display === 'none');
      assert.equal(await page.locator('#devtools-warning').isVisible(), true, 'the trap did not fire');

      const popup = await clickAndOpenPopup(suite.browser, page);
      const view = await popup.evaluate(POPUP_SNAPSHOT);
      await popup.close();
      assert.equal(view.state, 'article', `popup state ${view.state}: ${view.error}`);
      for (const p of expected.paragraphs) assert.ok(norm(view.article).includes(norm(p)), `missing: ${p.slice(0, 60)}`);
      for (const bad of expected.mustNotContain) assert.ok(!norm(view.article).includes(norm(bad)), `contains "${bad}"`);
      assert.match(norm(view.removals), /page blanking/, 'the report names the blanked page');
    } finally {
      await page.close();
    }
  });

  it('"Always unlock" on a site unlocks it whenever the popup opens, and is kept in storage', async () => {
    const { expected } = cases.find((c) => c.name === 'protect-handlers');
    const spec = expected.unlock;
    let { page, frame, dialogs } = await openCase('protect-handlers', spec);
    try {
      let popup = await clickAndOpenPopup(suite.browser, page);
      await popup.waitFor(`document.querySelector('#unlock-bar')?.hidden === false`);
      await popup.evaluate(`document.querySelector('#always-unlock').click()`);
      await popup.waitFor(`document.body.dataset.unlock === 'done'`);
      await popup.close();
      const stored = await suite.browser.sw.evaluate(() => chrome.storage.local.get('settings'));
      assert.deepEqual(stored.settings.alwaysUnlock, [new URL(suite.server.origin).hostname]);

      // A fresh load of the page is locked again, until the popup opens on it.
      await page.close();
      ({ page, frame, dialogs } = await openCase('protect-handlers', spec));
      const locked = await measure(page, frame, dialogs, spec, { unlocked: false });
      assert.equal(locked.contextmenu, false, 'the reloaded page is not locked');
      await clickAction(suite.browser.cdp, suite.browser.extensionId, page);
      popup = await attachPopup(suite.browser.cdp, suite.browser.extensionId);
      await popup.waitFor(`document.body.dataset.unlock === 'done'`);
      assert.equal(await popup.evaluate(`document.querySelector('#always-unlock').checked`), true);
      assert.equal(await popup.evaluate(`document.querySelector('#unlock').textContent`), 'Unlocked ✓');
      // Turn it off again, so other tests start from no setting.
      await popup.evaluate(`document.querySelector('#always-unlock').click()`);
      await popup.waitFor(`/no longer/.test(document.querySelector('#status').textContent)`);
      await popup.close();
      await page.bringToFront();
      const unlocked = await measure(page, frame, dialogs, spec, { unlocked: true });
      for (const action of ACTIONS) assert.equal(unlocked[action], true, `${action} does not work after the automatic unlock`);
    } finally {
      await page.close();
    }
  });
});
