/** The orchestrator (src/pipeline/index.ts): order, refusals, reports, timings. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, FAILURE_MESSAGES, LIMITS, STAGES, TIMING_KEYS } from '../../src/pipeline';
import { describeRemovals } from '../../src/pipeline/report';

const PARAGRAPH =
  'The council approved the new budget on Tuesday after a long debate about road repairs, school buildings and the cost of heating public pools through the winter months.';

function page(body: string, head = '<title>Budget approved</title>'): JSDOM {
  return new JSDOM(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, {
    url: 'https://news.example/budget',
    virtualConsole: new VirtualConsole(),
  });
}

function read(dom: JSDOM) {
  return extractArticle(dom.window.document, { win: dom.window as unknown as Window, now: new Date('2026-01-02T03:04:05Z') });
}

const ARTICLE = `<article><h1>Budget approved</h1>${`<p>${PARAGRAPH}</p>`.repeat(4)}</article>`;

describe('extractArticle', () => {
  it('runs the documented stages in order', () => {
    expect(STAGES.map((s) => s.name)).toEqual([
      'unprotect', 'related', 'furniture', 'header', 'images', 'lead', 'readability', 'rejoin', 'captions', 'trim', 'sanitize', 'text', 'figures',
    ]);
    for (const stage of STAGES) expect(stage.why.length).toBeGreaterThan(10);
  });

  it('returns a plain, serialisable article and the time of each stage', () => {
    const result = read(page(ARTICLE));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(structuredClone(result.article)).toEqual(result.article);
    expect(result.article.url).toBe('https://news.example/budget');
    expect(result.article.title).toBe('Budget approved');
    expect(result.article.lang).toBe('en');
    expect(result.article.extractedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(result.article.text.split('\n\n')).toContain(PARAGRAPH);
    expect(result.article.wordCount).toBeGreaterThan(100);
    expect(result.article.readingMinutes).toBe(1);
    expect(Object.keys(result.timings ?? {})).toEqual([...TIMING_KEYS.page, ...TIMING_KEYS.finish]);
  });

  it('shows each stage what the one before left, in order', () => {
    const seen: string[] = [];
    let textAfterText = '';
    const dom = page(ARTICLE);
    extractArticle(dom.window.document, {
      win: dom.window as unknown as Window,
      onStage: (name, view) => {
        seen.push(name);
        if (name === 'text') textAfterText = view.text;
      },
    });
    expect(seen).toEqual(STAGES.map((s) => s.name));
    expect(textAfterText.split('\n\n')).toContain(PARAGRAPH);
  });

  it('leaves the page it reads untouched', () => {
    const dom = page(`${ARTICLE}<div id="wpcp-error-message" class="msgmsg-box-wpcp hideme"><span>error: </span>Content is protected !!</div>`);
    const before = dom.serialize();
    read(dom);
    expect(dom.serialize()).toBe(before);
  });

  it('reports what the stages removed, by stage', () => {
    const dom = page(`<div class="weather-widget">20.7 C Astana</div>${ARTICLE}<div id="wpcp-error-message" class="msgmsg-box-wpcp hideme"><span>error: </span>Content is protected !!</div>`);
    const result = read(dom);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).not.toContain('Content is protected');
    expect(result.article.text).not.toContain('20.7');
    const lines = describeRemovals(result.article.removals);
    expect(lines.some((l) => l.startsWith('Copy protection removed: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('Left out: ') && l.includes('weather widget'))).toBe(true);
  });

  it.each([
    { name: 'an empty page', body: '', reason: 'empty' },
    { name: 'a page of white space', body: '   \n  ', reason: 'empty' },
    { name: 'a sign-in form', body: '<form><label>Email <input></label><label>Password <input type="password"></label><button>Sign in</button></form>', reason: 'not-article' },
    { name: 'a page with one short line', body: '<p>Coming soon.</p>', reason: 'not-article' },
  ] as const)('refuses $name as $reason, in plain words', ({ body, reason }) => {
    const result = read(page(body));
    expect(result).toEqual({ ok: false, reason, message: FAILURE_MESSAGES[reason] });
  });

  it('keeps an article wrapped in a customised built-in element (is="…")', () => {
    const result = read(page(`<section is="x-article">${ARTICLE}</section>`));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text.split('\n\n')).toContain(PARAGRAPH);
  });

  // jsdom alone takes seconds to parse a page of 200,000 elements on a busy machine: a longer timeout for that.
  it('refuses a page too large to read', { timeout: 60_000 }, () => {
    const dom = page(`${ARTICLE}${'<i></i>'.repeat(LIMITS.maxElements)}`);
    const result = read(dom);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('too-large');
  });

  it('turns an unexpected failure into a plain message, keeping the cause for logs', () => {
    const dom = page(ARTICLE);
    // A document without a window (and no window passed) cannot be sanitised.
    const windowless = dom.window.document.implementation.createHTMLDocument('x');
    windowless.body.append(windowless.importNode(dom.window.document.querySelector('article')!, true));
    const result = extractArticle(windowless);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('error');
    expect(result.message).toBe(FAILURE_MESSAGES.error);
    expect(result.detail).toMatch(/window/);
  });
});

describe('describeRemovals', () => {
  it('says one sentence per stage, counting only what is more than one', () => {
    expect(
      describeRemovals([
        { stage: 'unprotect', what: 'selection block', count: 1 },
        { stage: 'unprotect', what: 'decoy text', count: 3 },
        { stage: 'furniture', what: 'ad slot', count: 2 },
      ]),
    ).toEqual(['Copy protection removed: selection block, 3 × decoy text', 'Left out: 2 × ad slot']);
  });
});
