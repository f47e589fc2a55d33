/** The page-kind check (src/kind): a page that says it is an article is read even when its text is short. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declaresArticle } from '../../src/kind';
import { extractArticle } from '../../src/pipeline';
import { LIMITS } from '../../src/pipeline/stage';

const page = (head: string, body: string) =>
  new JSDOM(`<!doctype html><html><head><title>A note</title>${head}</head><body>${body}</body></html>`, { url: 'https://example.org/note' }).window.document;

/** A short post: more than the declared-article minimum, less than the usual one. */
const SHORT_POST = `<article><h1>A note</h1><p>The ferry was late again this morning, so we walked along the quay and counted the boats.</p><p>There were eleven of them, all blue.</p></article>`;
const OG_ARTICLE = '<meta property="og:type" content="article">';
const LD_POSTING = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"A note"}</script>';

describe('declaresArticle', () => {
  it('reads og:type and the JSON-LD type', () => {
    expect(declaresArticle(page(OG_ARTICLE, ''))).toBe(true);
    expect(declaresArticle(page(LD_POSTING, ''))).toBe(true);
    expect(declaresArticle(page('<meta property="og:type" content="website">', ''))).toBe(false);
    expect(declaresArticle(page('', SHORT_POST))).toBe(false);
  });
});

describe('short articles', () => {
  it('the fixture is between the two limits', () => {
    const length = (page('', SHORT_POST).body.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    expect(length).toBeGreaterThan(LIMITS.minDeclaredArticleChars);
    expect(length).toBeLessThan(LIMITS.minArticleChars);
  });

  it('reads a short post on a page that says it is an article', () => {
    for (const head of [OG_ARTICLE, LD_POSTING]) {
      const result = extractArticle(page(head, SHORT_POST));
      expect(result.ok, head).toBe(true);
      if (result.ok) expect(result.article.text).toContain('There were eleven of them, all blue.');
    }
  });

  it('still refuses the same short text on a page that does not say so', () => {
    expect(extractArticle(page('', SHORT_POST))).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('still refuses a page that says it is an article but has almost no text', () => {
    expect(extractArticle(page(OG_ARTICLE, '<h1>A note</h1><p>Coming soon.</p>'))).toMatchObject({ ok: false, reason: 'not-article' });
  });
});
