// Library exports: standalone .html (hostile HTML must not survive), the versioned .json and its import,
// many files → one .zip with progress and cancel, export → import round trip.
import { unzipSync, strFromU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportArticles, importLibrary, uniqueName } from '../../src/export/archive';
import { escapeHtml, toStandaloneHtml } from '../../src/export/html';
import { IMPORT_TEXTS, parseLibrary, toLibraryJson } from '../../src/export/library-json';
import { urlId } from '../../src/storage/id';
import { Library } from '../../src/storage/library';
import { createDispatcher } from '../../src/storage/router';
import { SettingsStore } from '../../src/storage/settings';
import type { ArticleBatch, SavedArticle, SavedLink } from '../../src/storage/types';
import { figure } from './storage-helpers';

const NOW = new Date('2026-11-27T01:30:00.000Z');

function saved(n: number, overrides: Partial<SavedArticle> = {}): SavedArticle {
  const url = `https://news.example.org/story/${n}`;
  return {
    url,
    title: `Story ${n}`,
    byline: 'By Jane Roe',
    siteName: 'Example News',
    publishedTime: '2024-05-02T09:30:00+06:00',
    lang: 'en',
    dir: null,
    excerpt: null,
    html: `<p>Story ${n} text.</p>`,
    text: `Story ${n} text.`,
    wordCount: 3,
    readingMinutes: 1,
    figures: [figure({ rank: 1 }), figure({ text: '=HYPERLINK("x")', measures: 'formula', rank: 2 })],
    related: [{ url: 'https://news.example.org/r', title: 'Related' }],
    removals: [],
    extractedAt: '2024-05-03T10:00:00.000Z',
    id: urlId(url),
    savedAt: `2025-01-${String(n % 28 + 1).padStart(2, '0')}T10:00:00.000Z`,
    tags: n % 2 ? ['odd'] : [],
    ...overrides,
  };
}

/** Hostile HTML that must not survive into an exported page: [name, html, what must be gone]. */
const PAYLOADS: Array<[string, string, RegExp]> = [
  ['script element', '<p>a</p><script>alert(1)</script>', /<script|alert\(1\)/i],
  ['event handler', '<img src="x" onerror="alert(1)">', /onerror|alert/i],
  ['javascript: link', '<a href="javascript:alert(1)">x</a>', /javascript:/i],
  ['svg script', '<svg><script>alert(1)</script></svg>', /<script|alert/i],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', /<iframe|srcdoc/i],
  ['style element', '<style>body{background:url(https://evil.example/x)}</style>', /<style>body|evil\.example/],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', /http-equiv="refresh"|evil\.example/],
  ['form', '<form action="https://evil.example"><input name="q"></form>', /<form|<input|evil\.example/],
  ['object/embed', '<object data="x.swf"></object><embed src="x.swf">', /<object|<embed/],
  ['base href', '<base href="https://evil.example/">', /<base|evil\.example/],
  ['mXSS noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', /onerror|alert/],
  ['closing the document', '</main></article></body></html><script>alert(1)</script>', /<script|alert/],
];

describe('standalone .html', () => {
  for (const [name, html, gone] of PAYLOADS) {
    it(`drops ${name}`, () => {
      const page = toStandaloneHtml(saved(1, { html: `<p>Kept text.</p>${html}` }), window);
      expect(page).toContain('Kept text.');
      expect(page).not.toMatch(gone);
      // The only <script>-free page: parse it and look.
      const doc = new DOMParser().parseFromString(page, 'text/html');
      expect(doc.querySelectorAll('script, iframe, object, embed, form, base, style:not(head > style)')).toHaveLength(0);
      const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)));
      expect(handlers).toEqual([]);
    });
  }

  it('escapes hostile metadata and links only to http(s) sources', () => {
    const page = toStandaloneHtml(
      saved(2, { title: '</title><script>alert(1)</script>', byline: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', siteName: '"><b>x' }),
      window,
    );
    expect(page).not.toMatch(/<script|<img src=x|href="javascript/);
    const doc = new DOMParser().parseFromString(page, 'text/html');
    expect(doc.title).toBe('</title><script>alert(1)</script>');
    expect(doc.querySelector('header a')).toBeNull();
  });

  it('is a complete page: charset, CSP without scripts, title, byline, source, figures table, direction', () => {
    const page = toStandaloneHtml(saved(3, { lang: 'ar', dir: 'rtl' }), window);
    expect(page.startsWith('<!doctype html>\n<html lang="ar" dir="rtl">')).toBe(true);
    const doc = new DOMParser().parseFromString(page, 'text/html');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(doc.title).toBe('Story 3');
    expect(doc.querySelector('h1')?.textContent).toBe('Story 3');
    expect(doc.querySelector('header')?.textContent).toContain('By Jane Roe');
    expect(doc.querySelector('header a')?.getAttribute('href')).toBe('https://news.example.org/story/3');
    expect([...doc.querySelectorAll('tbody tr')].map((r) => r.firstElementChild?.textContent)).toEqual(['$500 million', '=HYPERLINK("x")']);
    expect(doc.querySelector('main')?.textContent).toBe('Story 3 text.');
    const withDeck = new DOMParser().parseFromString(toStandaloneHtml(saved(4, { kicker: 'Mining', standfirst: 'Output <b>rose</b>.' }), window), 'text/html');
    expect([...withDeck.querySelectorAll('header > *')].map((e) => e.className || e.localName)).toEqual(['kicker', 'h1', 'standfirst', 'meta', 'meta']);
    expect(withDeck.querySelector('.standfirst')?.textContent).toBe('Output <b>rose</b>.');
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('.json format', () => {
  const links: SavedLink[] = [{ url: 'https://example.org/l', title: 'L', id: urlId('https://example.org/l'), savedAt: NOW.toISOString(), read: true }];

  it('writes the documented versioned format and reads it back equal', () => {
    const articles = [saved(1), saved(2)];
    const text = toLibraryJson(articles, links, NOW);
    expect(JSON.parse(text)).toEqual({ format: 'pith-library', version: 1, exportedAt: NOW.toISOString(), articles, links });
    expect(parseLibrary(text)).toEqual({ ok: true, articles, links, problems: [] });
  });

  const REFUSED: Array<[string, string, string]> = [
    ['not JSON', '{"format": "pith-library", ', IMPORT_TEXTS.notJson],
    ['another JSON', '{"title": "x"}', IMPORT_TEXTS.notPith],
    ['an array', '[]', IMPORT_TEXTS.notPith],
    ['no version', '{"format":"pith-library","articles":[]}', IMPORT_TEXTS.notPith],
    ['a newer version', '{"format":"pith-library","version":2,"articles":[]}', IMPORT_TEXTS.newer(2)],
    ['no articles', '{"format":"pith-library","version":1}', IMPORT_TEXTS.noLists],
  ];
  for (const [name, text, message] of REFUSED) {
    it(`refuses ${name} with a clear message`, () => expect(parseLibrary(text)).toEqual({ ok: false, message }));
  }

  it('checks every entry and names those left out', () => {
    const text = JSON.stringify({
      format: 'pith-library',
      version: 1,
      articles: [saved(1), { ...saved(2), html: 5 }, 'junk', { ...saved(3), figures: [{ text: '5%' }] }],
      links: [links[0], { url: 'x' }],
    });
    const parsed = parseLibrary(text);
    expect(parsed).toEqual({
      ok: true,
      articles: [saved(1)],
      links,
      problems: [
        IMPORT_TEXTS.articleSkipped(2, 'Story 2'),
        IMPORT_TEXTS.articleSkipped(3, undefined),
        IMPORT_TEXTS.articleSkipped(4, 'Story 3'),
        IMPORT_TEXTS.linkSkipped(2, undefined),
      ],
    });
  });
});

describe('many articles', () => {
  const all = Array.from({ length: 7 }, (_, i) => saved(i + 1));
  const loads: string[][] = [];
  const load = async (ids: string[]): Promise<ArticleBatch> => {
    loads.push(ids);
    return { articles: all.filter((a) => ids.includes(a.id)), problems: ids.filter((id) => !all.some((a) => a.id === id)).map((id) => `gone ${id}`) };
  };
  beforeEach(() => (loads.length = 0));

  it('gives unique names', () => {
    const used = new Set<string>();
    expect(['a.txt', 'A.txt', 'a.txt', 'b', 'b'].map((n) => uniqueName(n, used))).toEqual(['a.txt', 'A-2.txt', 'a-3.txt', 'b', 'b-2']);
  });

  it('zips one file per article plus figures.csv, in batches with progress', async () => {
    const progress: string[] = [];
    const ids = [...all.map((a) => a.id), 'missing'];
    const same = saved(9, { title: 'Story 1', url: 'https://other.example/1', id: 'x9' });
    all.push(same);
    ids.push(same.id);
    const result = await exportArticles(ids, { format: 'md', doc: document, load, batchSize: 3, now: NOW, onProgress: (p) => progress.push(`${p.done}/${p.total}`) });
    all.pop();
    expect(loads.map((l) => l.length)).toEqual([3, 3, 3]);
    expect(progress).toEqual(['0/9', '3/9', '6/9', '9/9']);
    expect(result.file.name).toBe('pith-library-2026-11-27.zip');
    expect(result.exported).toBe(8);
    expect(result.problems).toEqual(['gone missing']);
    const files = unzipSync(result.file.data);
    expect(Object.keys(files)).toEqual([...all.map((a) => `story-${a.title.slice(6)}.md`), 'story-1-2.md', 'figures.csv']);
    expect(strFromU8(files['story-2.md']!)).toContain('# Story 2');
    const csv = strFromU8(files['figures.csv']!).split('\r\n');
    expect(csv[0]).toBe('article_title,article_url,rank,text,value,value_max,unit,kind,measures,year,mentions,position,sentence');
    expect(csv[1]).toBe('Story 1,https://news.example.org/story/1,1,$500 million,500000000,,USD,money,joint venture,,1,0,Deals include a $500 million joint venture.');
    expect(csv[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toHaveLength(1 + 8 * 2 + 1);
  });

  it('exports .html into the zip, sanitised', async () => {
    const hostile = [saved(1, { html: '<p>ok</p><script>alert(1)</script>' }), saved(2)];
    const result = await exportArticles(hostile.map((a) => a.id), {
      format: 'html',
      doc: document,
      load: async (ids) => ({ articles: hostile.filter((a) => ids.includes(a.id)), problems: [] }),
      now: NOW,
    });
    const files = unzipSync(result.file.data);
    expect(Object.keys(files)).toEqual(['story-1.html', 'story-2.html', 'figures.csv']);
    const page = strFromU8(files['story-1.html']!);
    expect(page).toContain('<p>ok</p>');
    expect(page).not.toMatch(/<script|alert/);
  });

  it('exports one article as its own file, and the figures as one CSV', async () => {
    const one = await exportArticles([all[0]!.id], { format: 'txt', doc: document, load, now: NOW });
    expect(one.file).toMatchObject({ name: 'story-1.txt', type: 'text/plain;charset=utf-8' });
    expect(new TextDecoder().decode(one.file.data)).toContain('Source: https://news.example.org/story/1');
    const csv = await exportArticles(all.map((a) => a.id), { format: 'csv', doc: document, load, now: NOW });
    expect(csv.file.name).toBe('pith-library-2026-11-27-figures.csv');
    expect(new TextDecoder().decode(csv.file.data).split('\r\n')).toHaveLength(1 + 7 * 2 + 1);
  });

  it('stops when cancelled, with an AbortError', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    const run = exportArticles(all.map((a) => a.id), {
      format: 'txt',
      doc: document,
      load,
      batchSize: 2,
      signal: controller.signal,
      onProgress: (p) => {
        done.push(p.done);
        if (p.done === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(loads).toHaveLength(1);
    expect(done).toEqual([0, 2]);
  });
});

describe('export → import round trip', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a library exported to .json and imported into an empty one is equal', async () => {
    const area = fakeBrowser.storage.local;
    const source = new Library(area);
    const dispatcher = createDispatcher({ library: source, settings: new SettingsStore(area) }, () => NOW);
    const articles = Array.from({ length: 12 }, (_, i) => saved(i + 1, { lang: i === 3 ? 'ar' : 'en', dir: i === 3 ? 'rtl' : null }));
    const links: SavedLink[] = [{ url: 'https://example.org/l', title: 'L', id: urlId('https://example.org/l'), savedAt: NOW.toISOString(), read: true, fromUrl: articles[0]!.url, fromTitle: 'Story 1' }];
    expect(await dispatcher.handle({ type: 'article/import', articles, links })).toMatchObject({ ok: true, value: { added: 12 } });
    const list = await source.listArticles();
    const linkList = await source.listLinks();
    if (!list.ok || !linkList.ok) throw new Error('list failed');
    const send = async (ids: string[]) => {
      const r = await dispatcher.handle({ type: 'article/get-many', ids });
      if (!r.ok) throw new Error(r.message);
      return r.value as ArticleBatch;
    };
    const exported = await exportArticles(list.value.articles.map((e) => e.id), { format: 'json', doc: document, load: send, links: linkList.value.links, batchSize: 5, now: NOW });
    const text = new TextDecoder().decode(exported.file.data);

    fakeBrowser.reset();
    const target = new Library(area);
    const targetDispatcher = createDispatcher({ library: target, settings: new SettingsStore(area) }, () => NOW);
    const progress: number[] = [];
    const outcome = await importLibrary(text, {
      send: async (req) => (await targetDispatcher.handle(req)) as never,
      batchSize: 5,
      onProgress: (p) => progress.push(p.done),
    });
    expect(outcome).toEqual({ ok: true, report: { added: 12, updated: 0, skipped: 0, links: { added: 1, updated: 0, skipped: 0 }, problems: [] } });
    expect(progress).toEqual([0, 5, 10, 12, 12]);
    expect(await target.listArticles()).toEqual(list);
    expect(await target.listLinks()).toEqual(linkList);
    for (const a of articles) expect(await target.getArticle(a.id)).toEqual({ ok: true, value: a });
    // Importing it a second time adds nothing.
    const again = await importLibrary(text, { send: async (req) => (await targetDispatcher.handle(req)) as never });
    expect(again).toMatchObject({ ok: true, report: { added: 0, updated: 0, skipped: 12 } });
  });
});
