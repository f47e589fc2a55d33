#!/usr/bin/env node
// `npm run demo`: Pith on the seed article, in real headless Chromium, from the shipped build.
// Opens the page from a local server, clicks the Pith icon the way a reader would, and prints what the
// popup shows. Needs a build first (`npm run build`; scripts/setup-and-demo.sh does everything).

import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  CHROME_BUILD,
  POPUP_READY,
  POPUP_SNAPSHOT,
  RESULTS_DIR,
  SHOW_ALL_FIGURES,
  attachPopup,
  clickAction,
  launchChromium,
  serveFixtures,
} from '../tests/e2e/harness.mjs';

const CHROMIUM = '/usr/bin/chromium';
const PAGE = 'seed-mining/';
const SCREENSHOT = path.join(RESULTS_DIR, 'demo-popup.png');

/** Fails unless `file` exists, with `reason`. */
async function need(file, reason) {
  await access(file).catch(() => {
    throw new Error(reason);
  });
}

/** One line of popup text: whitespace collapsed, '—' when empty. */
const line = (s) => String(s ?? '').replace(/\s+/g, ' ').trim() || '—';

/** Prints the popup's content as plain lines. */
function print(view, pageUrl) {
  const out = [
    `Pith demo: ${pageUrl}`,
    '',
    `Title:        ${line(view.title)}`,
    `Byline:       ${line(view.byline)}`,
    `Site:         ${line(view.site)}`,
    `Published:    ${line(view.published)}${view.publishedAttr ? ` (${view.publishedAttr})` : ''}`,
    `Reading time: ${line(view.readingTime)}`,
    '',
    `Key figures (${view.figures.length}):`,
    ...view.figures.map((f) => `  • ${line(f.text)} — ${line(f.measures)}`),
    '',
    `Related posts (${view.related.length}):`,
    ...view.related.map((r) => `  • ${line(r.title)} — ${line(r.meta)} — ${r.url}`),
    '',
    `Removals: ${line(view.removals)}`,
    '',
    `Screenshot of the popup: ${path.relative(process.cwd(), SCREENSHOT)}`,
  ];
  process.stdout.write(out.join('\n') + '\n');
}

async function main() {
  await need(CHROMIUM, `${CHROMIUM} not found: install Chromium (bash scripts/setup-and-demo.sh does it)`);
  await need(path.join(CHROME_BUILD, 'manifest.json'), 'no build in .output/chrome-mv3: run `npm run build` first');
  await mkdir(RESULTS_DIR, { recursive: true });

  const server = await serveFixtures();
  let browser;
  try {
    browser = await launchChromium({ extensionPath: CHROME_BUILD, executablePath: CHROMIUM });
    const page = await browser.context.newPage();
    const pageUrl = server.url(PAGE);
    await page.goto(pageUrl);
    await clickAction(browser.cdp, browser.extensionId, page);
    const popup = await attachPopup(browser.cdp, browser.extensionId);
    await popup.waitFor(POPUP_READY);
    await popup.screenshot(SCREENSHOT);
    await popup.evaluate(SHOW_ALL_FIGURES);
    const view = await popup.evaluate(POPUP_SNAPSHOT);
    await popup.close();
    if (view.state !== 'article') throw new Error(`the popup shows an error: ${line(view.error ?? view.state)}`);
    print(view, pageUrl);
  } finally {
    await browser?.close();
    await server.close();
  }
}

main().catch((err) => {
  const reason = String(err?.message ?? err).split('\n')[0];
  process.stderr.write(`demo failed: ${reason}\n`);
  process.exit(1);
});
