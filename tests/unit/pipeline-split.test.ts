/** The pipeline's two parts: readPage (the injected script) and finishArticle (the popup), and the check between them. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, FAILURE_MESSAGES, finishArticle, isPageResult, readPage, STAGES, TIMING_KEYS } from '../../src/pipeline';
import type { PageArticle } from '../../src/types';

const PARAGRAPH =
  'The council approved the new budget on Tuesday after a long debate about road repairs, school buildings and the cost of heating public pools through the winter months.';
const ARTICLE = `<article class="post" id="main"><h1>Budget approved</h1>${`<p>${PARAGRAPH}</p>`.repeat(4)}</article>`;
const NOW = new Date('2026-01-02T03:04:05Z');

function page(body: string): JSDOM {
  return new JSDOM(`<!doctype html><html lang="en"><head><title>Budget approved</title></head><body>${body}</body></html>`, {
    url: 'https://news.example/budget',
    virtualConsole: new VirtualConsole(),
  });
}

const win = (dom: JSDOM) => dom.window as unknown as Window;

/** A page part's article with the given (hostile) content. */
function pageArticle(content: string): PageArticle {
  return {
    url: 'https://news.example/x',
    title: 'X',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    content,
    related: [],
    removals: [],
  };
}

describe('readPage and finishArticle', () => {
  it('puts every page stage before every finish stage', () => {
    const sides = STAGES.map((s) => s.side);
    expect(sides.indexOf('finish')).toBeGreaterThan(0);
    expect(sides.slice(sides.indexOf('finish')).every((s) => s === 'finish')).toBe(true);
    expect(STAGES.filter((s) => s.side === 'finish').map((s) => s.name)).toEqual(['sanitize', 'text', 'figures']);
  });

  it('gives, across a structured clone, the same article as reading in one go', () => {
    const dom = page(ARTICLE);
    const fromPage = readPage(dom.window.document);
    expect(fromPage.ok).toBe(true);
    expect(isPageResult(fromPage)).toBe(true);
    const finished = finishArticle(structuredClone(fromPage), win(dom), { now: NOW });
    const whole = extractArticle(page(ARTICLE).window.document, { now: NOW });
    expect(finished.ok && whole.ok).toBe(true);
    if (!finished.ok || !whole.ok) return;
    expect(finished.article).toEqual(whole.article);
    expect(Object.keys(finished.timings ?? {})).toEqual([...TIMING_KEYS.page, ...TIMING_KEYS.finish]);
  });

  it('returns the article HTML unsanitised from the page, and sanitised from the finish', () => {
    const dom = page(ARTICLE);
    const fromPage = readPage(dom.window.document);
    if (!fromPage.ok) throw new Error('expected an article');
    expect(fromPage.page.content).toContain('class=');
    const finished = finishArticle(fromPage, win(dom));
    if (!finished.ok) throw new Error('expected an article');
    expect(finished.article.html).not.toContain('class=');
    expect(finished.article.html).toContain(PARAGRAPH);
  });

  it('sanitises hostile HTML sent as a page result', () => {
    const dom = page('');
    const hostile = `<div><img src="x" onerror="alert(1)"><script>alert(2)</script><iframe src="https://evil.example"></iframe><p onclick="alert(3)">${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`;
    const finished = finishArticle({ ok: true, page: pageArticle(hostile) }, win(dom));
    expect(finished.ok).toBe(true);
    if (!finished.ok) return;
    expect(finished.article.html).not.toMatch(/onerror|onclick|<script|<iframe|alert\(/);
    expect(finished.article.text).toContain(PARAGRAPH);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'ok'],
    ['an article without its page', { ok: true }],
    ['content that is not a string', { ok: true, page: { ...pageArticle(''), content: 5 } }],
    ['related posts that are not posts', { ok: true, page: { ...pageArticle(''), related: [{ url: 1 }] } }],
    ['a failure with an unknown reason', { ok: false, reason: 'pwned', message: 'x' }],
    ['timings that are not numbers', { ok: true, page: pageArticle(''), timings: { clone: 'fast' } }],
  ])('refuses %s from the page as an error', (_, value) => {
    expect(isPageResult(value)).toBe(false);
    const finished = finishArticle(value, win(page('')));
    expect(finished.ok).toBe(false);
    if (!finished.ok) expect(finished.reason).toBe('error');
  });

  it('passes a page part failure through, without its timings', () => {
    const failed = { ok: false, reason: 'not-article', message: FAILURE_MESSAGES['not-article'], timings: { clone: 1 } };
    expect(finishArticle(failed, win(page('')))).toEqual({ ok: false, reason: 'not-article', message: FAILURE_MESSAGES['not-article'] });
  });
});
