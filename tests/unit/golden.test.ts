/**
 * Golden pipeline tests: every folder under tests/fixtures/pages/ with an
 * expected.json is a case (the same pages the end-to-end tests serve).
 * A new case is a new folder; no code changes.
 *
 * expected.json:
 *   url            the URL the page is read at
 *   fails          a FailReason, for pages Pith must refuse (then nothing else is checked)
 *   title, byline, siteName, publishedTime, lang   exact metadata, when given
 *   kicker, standfirst   the header's label and dek shown beside the article; null = must be absent
 *   paragraphs     blocks that must each appear verbatim as a block of the article text
 *   mustNotContain strings that must not appear in the text or the HTML
 *   textContains   strings that must appear verbatim in the text (across blocks: code with blank lines, table rows)
 *   htmlContains   strings that must appear in the sanitised article HTML (<figcaption>, <pre><code>, <table>)
 *   captions       caption texts that must be figcaptions of the article HTML and absent from its plain text
 *   images         image URLs the article HTML must show, each as an img src
 *   figures        figure texts that must be among the key figures, exactly as written
 *   related        related posts that must be listed: { title, author? }
 *   relatedCount   the exact number of related posts, when given
 *   unlock         (end-to-end only, tests/e2e/unlock.e2e.test.mjs) what the live page blocks
 *                  before "Unlock this page": { blocks: [...], frame?, link }
 *
 * The page is read as the injected script reads it: with the live page's
 * computed styles (liveStyleProbe over jsdom's window), and with the
 * documents of its iframes, loaded from the fixture folder when their src
 * names a file there.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline';
import { liveStyleProbe } from '../../src/unprotect/live';
import type { FailReason } from '../../src/types';

interface Expected {
  url: string;
  fails?: FailReason;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  kicker?: string | null;
  standfirst?: string | null;
  paragraphs?: string[];
  textContains?: string[];
  htmlContains?: string[];
  captions?: string[];
  images?: string[];
  mustNotContain?: string[];
  figures?: string[];
  related?: { title: string; author?: string }[];
  relatedCount?: number;
}

const root = join(__dirname, '..', 'fixtures', 'pages');
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'expected.json')));

/** Reads a frame's document from the fixture folder, where its src names a file there. */
function frameReader(name: string, pageUrl: string): (frame: Element) => Document | null {
  const folder = new URL('.', pageUrl).href;
  return (frame) => {
    const url = new URL(frame.getAttribute('src') ?? '', pageUrl).href;
    const file = join(root, name, url.slice(folder.length));
    if (!url.startsWith(folder) || !existsSync(file)) return null;
    return new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole: new VirtualConsole() }).window.document;
  };
}

function read(name: string) {
  const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
  const html = readFileSync(join(root, name, 'index.html'), 'utf8');
  const dom = new JSDOM(html, { url: expected.url, virtualConsole: new VirtualConsole() });
  const win = dom.window as unknown as Window;
  const result = extractArticle(dom.window.document, {
    url: expected.url,
    win,
    styles: liveStyleProbe(win),
    readFrame: frameReader(name, expected.url),
  });
  return { expected, result, dom };
}

describe('golden pages', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  describe.each(cases)('%s', (name) => {
    const { expected, result, dom } = read(name);

    if (expected.fails) {
      it(`is refused as ${expected.fails}`, () => {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toBe(expected.fails);
      });
      return;
    }

    it('reads as an article', () => {
      expect(result.ok, result.ok ? '' : `${result.reason}: ${result.detail ?? result.message}`).toBe(true);
    });
    if (!result.ok) return;
    const { article } = result;
    const blocks = article.text.split(/\n{2,}/).map((b) => b.trim());

    it('has the expected metadata', () => {
      for (const key of ['title', 'byline', 'siteName', 'publishedTime', 'lang'] as const) {
        if (expected[key] !== undefined) expect(article[key], key).toBe(expected[key]);
      }
      for (const key of ['kicker', 'standfirst'] as const) {
        if (expected[key] !== undefined) expect(article[key] ?? null, key).toBe(expected[key]);
      }
    });

    it('keeps code, tables, captions and images', () => {
      for (const s of expected.textContains ?? []) expect(article.text).toContain(s);
      for (const s of expected.htmlContains ?? []) expect(article.html).toContain(s);
      for (const url of expected.images ?? []) expect(article.html).toContain(`src="${url}"`);
    });

    it('keeps every paragraph, verbatim, as its own block', () => {
      for (const p of expected.paragraphs ?? []) expect(blocks).toContain(p);
    });

    it('keeps captions with their images, out of the text', () => {
      const doc = new JSDOM(`<body>${article.html}</body>`).window.document;
      const figcaptions = Array.from(doc.querySelectorAll('figcaption'), (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
      for (const c of expected.captions ?? []) {
        expect(figcaptions, `figcaption "${c}"`).toContain(c);
        expect(article.text, `text contains caption "${c}"`).not.toContain(c);
      }
    });

    it('leaves out the furniture', () => {
      for (const s of expected.mustNotContain ?? []) {
        expect(article.text, `text contains "${s}"`).not.toContain(s);
        expect(article.html, `html contains "${s}"`).not.toContain(s);
      }
    });

    it('finds the key figures', () => {
      const texts = article.figures.map((f) => f.text);
      for (const f of expected.figures ?? []) expect(texts).toContain(f);
    });

    it('lists the related posts', () => {
      for (const r of expected.related ?? []) {
        const post = article.related.find((p) => p.title === r.title);
        expect(post, `related "${r.title}"`).toBeDefined();
        if (r.author) expect(post?.author).toBe(r.author);
      }
      if (expected.relatedCount !== undefined) expect(article.related).toHaveLength(expected.relatedCount);
    });

    it('leaves the source document untouched', () => {
      const again = readFileSync(join(root, name, 'index.html'), 'utf8');
      const fresh = new JSDOM(again, { url: expected.url, virtualConsole: new VirtualConsole() });
      expect(dom.window.document.documentElement.outerHTML).toBe(fresh.window.document.documentElement.outerHTML);
    });
  });
});
