// End-to-end: the key figures in the SHIPPED Chromium build (.output/chrome-mv3), popup opened as a tab on the
// seed page. A click on a figure card highlights its sentence in #article and scrolls it into view; the bar chart
// has a text alternative; "Export figures → CSV" downloads the figures as RFC 4180 CSV.
// Build first: `npx wxt build`. Popup DOM contract: entrypoints/popup (see the README).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RESULTS_DIR, SHOW_ALL_FIGURES, WAIT_MS, openPopupTabFor, setupChromiumSuite } from './harness.mjs';
import { parseCsv } from '../support/csv.mjs';

const SEED = 'seed-mining';
/** Figures of the seed article that must be exported, with their value and unit. */
const SEED_ROWS = [
  { text: '$500 million', value: '500000000', unit: 'USD' },
  { text: '40%', value: '40', unit: '%' },
  { text: '1 million tons by 2029', value: '1000000', unit: 't' },
  { text: '4.3%', value: '4.3', unit: '%' },
];

const norm = (s) => String(s).replace(/\s+/g, ' ').trim();

let tab;

const suite = setupChromiumSuite({}, async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(`${SEED}/`));
  // The grant: a click on the icon. Then close the real popup and drive popup.html?tabId=N as a page.
  ({ tab } = await openPopupTabFor(suite.browser, page, { width: 420, height: 600 }));
  assert.equal(await tab.evaluate(() => document.body.dataset.state), 'article');
  await tab.evaluate(SHOW_ALL_FIGURES);
});

/** The marked text in #article, how many marks, and whether the first mark is inside the viewport. */
const highlightState = () =>
  tab.evaluate(() => {
    const marks = [...document.querySelectorAll('#article mark.figure-highlight')];
    const rect = marks[0]?.getBoundingClientRect();
    return {
      count: marks.length,
      text: marks.map((m) => m.textContent).join(''),
      inView: Boolean(rect && rect.top >= 0 && rect.bottom <= window.innerHeight && rect.height > 0),
      card: document.querySelector('#figures li.figure[aria-current] .figure-text')?.textContent ?? null,
    };
  });

/** Clicks the card of a figure and waits until its sentence is highlighted and in view. */
async function clickFigure(text) {
  const card = tab.locator('#figures li.figure', { has: tab.locator('.figure-text', { hasText: text }) }).first();
  const sentence = norm(await card.locator('.figure-sentence').textContent());
  await card.locator('button').click();
  await tab.waitForFunction(
    (want) => {
      const marks = [...document.querySelectorAll('#article mark.figure-highlight')];
      const rect = marks[0]?.getBoundingClientRect();
      const text = marks.map((m) => m.textContent).join('').replace(/\s+/g, ' ').trim();
      return text === want && rect && rect.top >= 0 && rect.bottom <= window.innerHeight;
    },
    sentence,
    { timeout: WAIT_MS },
  );
  return sentence;
}

describe('key figures in the popup (seed page)', () => {
  it('a click on a figure card highlights its sentence in the article and scrolls it into view', async () => {
    const sentence = await clickFigure('$500 million');
    assert.match(sentence, /\$500 million joint venture/);
    const state = await highlightState();
    assert.equal(norm(state.text), sentence);
    assert.ok(state.inView, 'the highlighted sentence is in view');
    assert.equal(state.card, '$500 million', 'the clicked card is marked current');
    await tab.screenshot({ path: path.join(RESULTS_DIR, 'popup-figures.png') });
  });

  it('a second click moves the highlight: one sentence marked at a time, the article text unchanged', async () => {
    const before = norm(await tab.locator('#article').textContent());
    const sentence = await clickFigure('1 million tons by 2029');
    assert.match(sentence, /copper production to 1 million tons by 2029/);
    const state = await highlightState();
    assert.equal(norm(state.text), sentence);
    assert.ok(!norm(state.text).includes('$500 million'), 'the earlier highlight is cleared');
    assert.equal(norm(await tab.locator('#article').textContent()), before, 'highlighting changes no text');
  });

  it('compares the figures that share a unit in a bar chart with a text alternative', async () => {
    const chart = await tab.evaluate(() => {
      const fig = document.querySelector('#figures-chart');
      return {
        label: fig?.getAttribute('aria-label') ?? '',
        caption: fig?.querySelector('figcaption')?.textContent ?? '',
        bars: fig?.querySelectorAll('svg rect.chart-bar').length ?? 0,
        svgNs: fig?.querySelector('svg')?.namespaceURI ?? '',
      };
    });
    await tab.locator('#figures-section').screenshot({ path: path.join(RESULTS_DIR, 'popup-figures-cards.png') });
    assert.ok(chart.bars >= 3, `bars: ${chart.bars}`);
    assert.equal(chart.svgNs, 'http://www.w3.org/2000/svg');
    assert.match(chart.label, /bar chart of figures in t/i);
    for (const text of ['10 million tons', '1.2 million tons', '1 million tons by 2029']) {
      assert.ok(chart.caption.includes(text), `caption lists ${text}: ${chart.caption}`);
    }
  });

  it('exports the figures as CSV (RFC 4180) from the "Export figures" menu', async () => {
    await tab.click('#figures-export summary');
    const [download] = await Promise.all([tab.waitForEvent('download', { timeout: WAIT_MS }), tab.click('#export-figures-csv')]);
    assert.match(download.suggestedFilename(), /-figures\.csv$/);
    const file = path.join(RESULTS_DIR, 'seed-figures.csv');
    await download.saveAs(file);
    const csv = await readFile(file, 'utf8');
    assert.ok(csv.includes('\r\n'), 'CRLF line ends');
    const [header, ...rows] = parseCsv(csv);
    assert.deepEqual(header, ['rank', 'text', 'value', 'value_max', 'unit', 'kind', 'measures', 'year', 'mentions', 'position', 'sentence']);
    const shown = await tab.evaluate(() => [...document.querySelectorAll('#figures li.figure .figure-text')].map((e) => e.textContent));
    assert.deepEqual(rows.map((r) => r[1]), shown, 'one row per figure, in the order shown');
    for (const want of SEED_ROWS) {
      const row = rows.find((r) => r[1] === want.text);
      assert.ok(row, `row for ${want.text}`);
      assert.equal(row[2], want.value, `value of ${want.text}`);
      assert.equal(row[4], want.unit, `unit of ${want.text}`);
      assert.ok(row[10].includes(want.text), `sentence of ${want.text}`);
    }
    // The status line is announced on the next frame.
    await tab.waitForFunction(() => /Exported figures as CSV/.test(document.querySelector('#status')?.textContent ?? ''), null, {
      timeout: WAIT_MS,
    });
  });
});
