import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { canonicalUrl, urlId } from '../../src/storage/id';
import { Library, TEXTS } from '../../src/storage/library';
import {
  INDEX_PROBLEMS,
  INDEX_SHARDS,
  KEYS,
  MIGRATIONS,
  SCHEMA_VERSION,
  SHARD_KEYS,
  articleKey,
  isIndexKey,
  shardKey,
  shardOf,
} from '../../src/storage/schema';
import type { StorageArea } from '../../src/storage/types';
import type { Article, Figure, RelatedPost } from '../../src/types';
import v0Sample from '../fixtures/storage/v0/store.json';

const area = fakeBrowser.storage.local;
const NOW = new Date('2025-03-01T10:00:00.000Z');
const LATER = new Date('2025-03-02T10:00:00.000Z');

function figure(rank: number): Figure {
  return {
    text: `${rank * 10}%`,
    value: rank * 10,
    unit: '%',
    kind: 'percent',
    measures: `measure ${rank}`,
    sentence: `It rose ${rank * 10}%.`,
    position: rank * 20,
    mentions: 1,
    rank,
  };
}

function article(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example.org/a/copper',
    title: 'Copper output rises',
    byline: 'Ana Ferreira',
    siteName: 'Example News',
    publishedTime: '2025-02-28T09:00:00Z',
    lang: 'en',
    dir: null,
    excerpt: 'Output rose.',
    html: '<p>Output rose.</p>',
    text: 'Output rose.',
    wordCount: 2,
    readingMinutes: 1,
    figures: [figure(1), figure(2), figure(3), figure(4)],
    related: [],
    removals: [{ stage: 'unprotect', what: 'copy-protection alert', count: 1 }],
    extractedAt: '2025-03-01T09:59:00.000Z',
    ...overrides,
  };
}

const POST: RelatedPost = {
  url: 'https://news.example.org/a/lithium?utm_medium=related',
  title: 'Lithium plant approved',
  author: 'Ana Ferreira',
  date: '2025-02-20',
};

async function snapshot(): Promise<Record<string, unknown>> {
  return structuredClone(await area.get(null));
}

let lib: Library;
beforeEach(() => {
  fakeBrowser.reset();
  let n = 0;
  lib = new Library(area, { randomId: () => `random-${++n}` });
});

describe('ids', () => {
  it('drops the fragment and tracking parameters and orders the rest', () => {
    expect(canonicalUrl(' https://Example.org/p?b=2&utm_source=x&a=1&fbclid=abc#top ')).toBe(
      'https://example.org/p?a=1&b=2',
    );
    expect(canonicalUrl('https://example.org/p?utm_campaign=spring')).toBe('https://example.org/p');
    expect(canonicalUrl('not a url')).toBe('not a url');
  });

  it('gives one id to variants of the same page and different ids to different pages', () => {
    const id = urlId('https://example.org/p?a=1');
    expect(id).toMatch(/^[0-9a-z]+$/);
    expect(urlId('https://example.org/p?a=1&utm_source=rss#comments')).toBe(id);
    expect(urlId('https://example.org/p?a=2')).not.toBe(id);
    expect(urlId('https://example.org/q?a=1')).not.toBe(id);
  });
});

describe('articles', () => {
  it('saves, gets, finds, lists and deletes', async () => {
    const saved = await lib.saveArticle(article(), NOW);
    expect(saved).toEqual({
      ok: true,
      value: {
        id: urlId('https://news.example.org/a/copper'),
        url: 'https://news.example.org/a/copper',
        title: 'Copper output rises',
        siteName: 'Example News',
        byline: 'Ana Ferreira',
        savedAt: NOW.toISOString(),
        readingMinutes: 1,
        wordCount: 2,
        topFigures: [
          { text: '10%', measures: 'measure 1' },
          { text: '20%', measures: 'measure 2' },
          { text: '30%', measures: 'measure 3' },
        ],
        lang: 'en',
        tags: [],
      },
    });
    if (!saved.ok) throw new Error(saved.message);
    const id = saved.value.id;

    const got = await lib.getArticle(id);
    expect(got).toEqual({ ok: true, value: { ...article(), id, savedAt: NOW.toISOString(), tags: [] } });

    expect(await lib.findByUrl('https://news.example.org/a/copper?utm_source=twitter#para-2')).toEqual({
      ok: true,
      value: saved.value,
    });
    expect(await lib.findByUrl('https://news.example.org/a/other')).toEqual({ ok: true, value: null });
    expect(await lib.findByUrl('')).toEqual({ ok: true, value: null });

    expect(await lib.listArticles()).toEqual({ ok: true, value: { articles: [saved.value], problems: [] } });

    expect(await lib.deleteArticle(id)).toEqual({ ok: true, value: null });
    expect(await lib.getArticle(id)).toEqual({ ok: false, code: 'not-found', message: TEXTS.articleGone });
    expect(await lib.listArticles()).toEqual({ ok: true, value: { articles: [], problems: [] } });
    expect(await lib.deleteArticle(id)).toEqual({ ok: false, code: 'not-found', message: TEXTS.articleGone });
    expect(Object.keys(await snapshot()).filter((k) => k.startsWith(KEYS.articlePrefix))).toEqual([]);
  });

  it('stores the documented layout', async () => {
    const saved = await lib.saveArticle(article(), NOW);
    if (!saved.ok) throw new Error(saved.message);
    const all = await snapshot();
    expect(all[articleKey(saved.value.id)]).toEqual({
      v: SCHEMA_VERSION,
      article: { ...article(), id: saved.value.id, savedAt: NOW.toISOString(), tags: [] },
    });
    expect(all[KEYS.index]).toEqual({ v: SCHEMA_VERSION, links: [] });
    const shard = shardKey(shardOf(saved.value.id));
    expect(all[shard]).toEqual({ v: SCHEMA_VERSION, articles: [saved.value] });
    // Every shard is there (the first write writes the whole index); the others are empty.
    expect(SHARD_KEYS.filter((k) => k !== shard).map((k) => all[k])).toEqual(
      Array(INDEX_SHARDS - 1).fill({ v: SCHEMA_VERSION, articles: [] }),
    );
    expect(all[KEYS.meta]).toEqual({ schemaVersion: SCHEMA_VERSION });
  });

  it('updates one entry when the same page is saved twice, keeping its tags', async () => {
    const first = await lib.saveArticle(article(), NOW);
    if (!first.ok) throw new Error(first.message);
    expect((await lib.setTags(first.value.id, ['mining'])).ok).toBe(true);

    const second = await lib.saveArticle(
      article({ url: 'https://news.example.org/a/copper?utm_source=rss#top', title: 'Copper output rises 12%' }),
      LATER,
    );
    expect(second.ok && second.value.id).toBe(first.value.id);

    const list = await lib.listArticles();
    expect(list.ok && list.value.articles.map((e) => [e.title, e.savedAt])).toEqual([
      ['Copper output rises 12%', LATER.toISOString()],
    ]);
    const got = await lib.getArticle(first.value.id);
    expect(got.ok && got.value.tags).toEqual(['mining']);
    expect(Object.keys(await snapshot()).filter((k) => k.startsWith(KEYS.articlePrefix))).toHaveLength(1);
  });

  it('gives articles without URL their own random ids', async () => {
    const a = await lib.saveArticle(article({ url: '', title: 'Pasted text' }), NOW);
    const b = await lib.saveArticle(article({ url: '  ', title: 'Pasted text' }), LATER);
    expect(a.ok && a.value.id).toBe('random-1');
    expect(b.ok && b.value.id).toBe('random-2');
    const list = await lib.listArticles();
    expect(list.ok && list.value.articles.map((e) => e.id)).toEqual(['random-2', 'random-1']);
  });

  it('lists newest first', async () => {
    await lib.saveArticle(article({ url: 'https://example.org/1', title: 'one' }), new Date('2025-01-01T00:00:00Z'));
    await lib.saveArticle(article({ url: 'https://example.org/3', title: 'three' }), new Date('2025-03-01T00:00:00Z'));
    await lib.saveArticle(article({ url: 'https://example.org/2', title: 'two' }), new Date('2025-02-01T00:00:00Z'));
    const list = await lib.listArticles();
    expect(list.ok && list.value.articles.map((e) => e.title)).toEqual(['three', 'two', 'one']);
  });

  it('refuses to read an entry saved by a newer version', async () => {
    const saved = await lib.saveArticle(article(), NOW);
    if (!saved.ok) throw new Error(saved.message);
    const key = articleKey(saved.value.id);
    await area.set({ [key]: { v: SCHEMA_VERSION + 1, article: {} } });
    expect(await lib.getArticle(saved.value.id)).toEqual({
      ok: false,
      code: 'corrupt',
      message:
        'The saved article "Copper output rises" could not be read: it was saved by a newer version of Pith. You can delete it and save the page again.',
    });
  });
});

describe('links', () => {
  const FROM = { url: 'https://news.example.org/a/copper', title: 'Copper output rises' };

  it('saves, lists, marks read and deletes', async () => {
    const saved = await lib.saveLink(POST, NOW, FROM);
    const id = urlId(POST.url);
    const expected = { ...POST, fromUrl: FROM.url, fromTitle: FROM.title, id, savedAt: NOW.toISOString(), read: false };
    expect(saved).toEqual({ ok: true, value: expected });

    const other: RelatedPost = { url: 'https://news.example.org/a/nickel', title: 'Nickel prices fall' };
    await lib.saveLink(other, LATER);
    const list = await lib.listLinks();
    expect(list.ok && list.value.links.map((l) => l.title)).toEqual(['Nickel prices fall', 'Lithium plant approved']);
    expect(list.ok && list.value.links[0]).toEqual({
      ...other,
      id: urlId(other.url),
      savedAt: LATER.toISOString(),
      read: false,
    });

    expect(await lib.setLinkRead(id, true)).toEqual({ ok: true, value: { ...expected, read: true } });
    expect(await lib.deleteLink(id)).toEqual({ ok: true, value: null });
    const after = await lib.listLinks();
    expect(after.ok && after.value.links.map((l) => l.id)).toEqual([urlId(other.url)]);
    expect(await lib.deleteLink(id)).toEqual({ ok: false, code: 'not-found', message: TEXTS.linkGone });
    expect(await lib.setLinkRead(id, true)).toEqual({ ok: false, code: 'not-found', message: TEXTS.linkGone });
  });

  it('updates a link saved twice, keeping whether it was read and where it was found', async () => {
    await lib.saveLink(POST, NOW, FROM);
    await lib.setLinkRead(urlId(POST.url), true);
    const update = { ...POST, url: 'https://news.example.org/a/lithium#comments', title: 'Lithium plant approved (updated)' };
    const again = await lib.saveLink(update, LATER);
    expect(again.ok && again.value).toMatchObject({
      id: urlId(POST.url),
      title: 'Lithium plant approved (updated)',
      savedAt: LATER.toISOString(),
      fromUrl: FROM.url,
      fromTitle: FROM.title,
      read: true,
    });
    const list = await lib.listLinks();
    expect(list.ok && list.value.links).toHaveLength(1);
  });

  it('refuses a link without address', async () => {
    expect(await lib.saveLink({ url: ' ', title: 'Nowhere' }, NOW)).toEqual({
      ok: false,
      code: 'error',
      message: TEXTS.linkWithoutUrl,
    });
  });

  it('saves many links in one write, in the order given, keeping what earlier saves knew', async () => {
    const nickel: RelatedPost = { url: 'https://news.example.org/a/nickel', title: 'Nickel prices fall' };
    const zinc: RelatedPost = { url: 'https://news.example.org/a/zinc?utm_source=x', title: 'Zinc smelter reopens' };
    await lib.saveLink(POST, NOW);
    await lib.setLinkRead(urlId(POST.url), true);
    const writes: string[][] = [];
    const counting: StorageArea = {
      get: (keys) => area.get(keys),
      remove: (keys) => area.remove(keys),
      set: (items) => {
        writes.push(Object.keys(items));
        return area.set(items);
      },
    };
    const saved = await new Library(counting).saveLinks([nickel, POST, zinc, { ...nickel, title: 'Again' }], LATER, FROM);
    expect(saved.ok && saved.value.map((l) => [l.title, l.read, l.fromTitle])).toEqual([
      ['Nickel prices fall', false, FROM.title],
      ['Lithium plant approved', true, FROM.title],
      ['Zinc smelter reopens', false, FROM.title],
    ]);
    expect(writes).toEqual([[KEYS.index, KEYS.meta]]);
    const list = await lib.listLinks();
    expect(list.ok && list.value.links.map((l) => l.id)).toEqual([nickel, POST, zinc].map((p) => urlId(p.url)));
  });

  it('saves none of many links when one has no address', async () => {
    const before = await snapshot();
    expect(await lib.saveLinks([POST, { url: '', title: 'Nowhere' }], NOW)).toEqual({
      ok: false,
      code: 'error',
      message: TEXTS.linkWithoutUrl,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('links a saved link to the article once the reader saves its page, and unlinks it when the article goes', async () => {
    await lib.saveLinks([POST, { url: 'https://news.example.org/a/nickel', title: 'Nickel prices fall' }], NOW, FROM);
    const linked = await lib.saveArticle(article({ url: 'https://news.example.org/a/lithium?fbclid=1#top', title: 'Lithium plant approved' }), LATER);
    expect(linked.ok).toBe(true);
    const id = urlId(POST.url);
    const list = await lib.listLinks();
    expect(list.ok && list.value.links.map((l) => [l.title, l.articleId])).toEqual([
      ['Lithium plant approved', id],
      ['Nickel prices fall', undefined],
    ]);
    const stored = (await area.get(KEYS.index))[KEYS.index] as { links: Record<string, unknown>[] };
    expect(stored.links.every((l) => !('articleId' in l))).toBe(true);
    await lib.deleteArticle(id);
    const after = await lib.listLinks();
    expect(after.ok && after.value.links.map((l) => l.articleId)).toEqual([undefined, undefined]);
  });

  it('keeps the related posts of a saved article, and its saved links when the article is saved again', async () => {
    const related: RelatedPost[] = [POST, { url: 'https://news.example.org/a/nickel', title: 'Nickel prices fall', image: 'https://news.example.org/n.jpg' }];
    await lib.saveArticle(article({ related }), NOW);
    await lib.saveLinks(related, NOW, FROM);
    await lib.setLinkRead(urlId(POST.url), true);
    const links = await lib.listLinks();
    await lib.saveArticle(article({ related }), LATER);
    expect(await lib.listLinks()).toEqual(links);
    const got = await lib.getArticle(urlId(article().url));
    expect(got.ok && got.value.related).toEqual(related);
  });

  it('leaves out a damaged link and names it, keeping the others', async () => {
    await lib.saveLink(POST, NOW, FROM);
    const index = (await area.get(KEYS.index))[KEYS.index] as { links: unknown[] };
    index.links.push({ url: 42, title: 'Broken link' }, 'junk');
    await area.set({ [KEYS.index]: index });
    expect(await lib.listLinks()).toEqual({
      ok: true,
      value: {
        links: [expect.objectContaining({ title: POST.title })],
        problems: [INDEX_PROBLEMS.linkSkipped('Broken link'), INDEX_PROBLEMS.linkSkipped(undefined)],
      },
    });
  });
});

describe('damaged storage', () => {
  const DAMAGED: Record<string, unknown> = {
    'not an object': 42,
    'wrong shape': { v: 1, article: { title: 'Half an article', html: 7 } },
    'JSON junk': '{"v":1,"article":{"title":"Tru',
  };

  async function saveThree(): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, label] of Object.keys(DAMAGED).entries()) {
      const r = await lib.saveArticle(article({ url: `https://example.org/${i}`, title: label }), NOW);
      if (!r.ok) throw new Error(r.message);
      ids.push(r.value.id);
    }
    return ids;
  }

  it('reports a damaged entry on reading it and keeps the others readable', async () => {
    const good = await lib.saveArticle(article(), NOW);
    if (!good.ok) throw new Error(good.message);
    const ids = await saveThree();
    await area.set(Object.fromEntries(Object.values(DAMAGED).map((value, i) => [articleKey(ids[i]!), value])));

    const reasons = [
      'its stored data is not an object',
      'its stored data has the wrong shape',
      'its stored data is not an object',
    ];
    for (const [i, label] of Object.keys(DAMAGED).entries()) {
      expect(await lib.getArticle(ids[i]!)).toEqual({
        ok: false,
        code: 'corrupt',
        message: `The saved article "${label}" could not be read: ${reasons[i]}. You can delete it and save the page again.`,
      });
    }
    const got = await lib.getArticle(good.value.id);
    expect(got.ok && got.value.title).toBe('Copper output rises');

    // A damaged entry can be deleted like any other.
    expect(await lib.deleteArticle(ids[0]!)).toEqual({ ok: true, value: null });
    expect((await snapshot())[articleKey(ids[0]!)]).toBeUndefined();
  });

  it('rebuilds a damaged index from the saved articles, leaving out and naming the unreadable ones', async () => {
    const good = await lib.saveArticle(article(), NOW);
    const second = await lib.saveArticle(article({ url: 'https://example.org/second', title: 'Second' }), LATER);
    if (!good.ok || !second.ok) throw new Error('save failed');
    const ids = await saveThree();
    await area.set({
      ...Object.fromEntries(Object.values(DAMAGED).map((value, i) => [articleKey(ids[i]!), value])),
      [KEYS.index]: '{"v":1,"articles":[{"id":',
    });

    const list = await lib.listArticles();
    expect(list).toEqual({
      ok: true,
      value: {
        articles: [second.value, good.value],
        problems: [
          INDEX_PROBLEMS.damaged,
          ...ids.map((id, i) =>
            [
              `A saved article (id ${id}) could not be read: ${i === 1 ? 'its stored data has the wrong shape' : 'its stored data is not an object'}.`,
              'You can delete it and save the page again.',
            ].join(' '),
          ),
        ],
      },
    });
    expect(await lib.findByUrl('https://example.org/second')).toEqual({ ok: true, value: second.value });
    expect(await lib.listLinks()).toEqual({ ok: true, value: { links: [], problems: [INDEX_PROBLEMS.linksLost] } });

    // The next write stores the rebuilt index; the damaged entries stay in storage untouched.
    await lib.saveLink(POST, LATER);
    const all = await snapshot();
    expect(all[KEYS.index]).toEqual({ v: SCHEMA_VERSION, links: [expect.objectContaining({ url: POST.url })] });
    expect(await new Library(area).listArticles()).toEqual({ ok: true, value: { articles: [second.value, good.value], problems: [] } });
    expect(all[articleKey(ids[2]!)]).toBe(DAMAGED['JSON junk']);
    expect(await lib.listArticles()).toEqual({
      ok: true,
      value: { articles: [second.value, good.value], problems: [] },
    });
  });

  it('rebuilds an index with a malformed entry and keeps its links', async () => {
    const good = await lib.saveArticle(article(), NOW);
    await lib.saveLink(POST, NOW);
    if (!good.ok) throw new Error(good.message);
    const shard = shardKey(shardOf(good.value.id));
    const stored = (await area.get(shard))[shard] as { articles: unknown[] };
    stored.articles.push({ id: 'x', title: null });
    await area.set({ [shard]: stored });
    const list = await lib.listArticles();
    expect(list).toEqual({ ok: true, value: { articles: [good.value], problems: [INDEX_PROBLEMS.damaged] } });
    const links = await lib.listLinks();
    expect(links.ok && links.value.links.map((l) => l.url)).toEqual([POST.url]);
  });

  it('rebuilds a missing index', async () => {
    const good = await lib.saveArticle(article(), NOW);
    if (!good.ok) throw new Error(good.message);
    await area.remove(KEYS.index);
    expect(await lib.listArticles()).toEqual({ ok: true, value: { articles: [good.value], problems: [] } });
  });
});

describe('full storage', () => {
  /** A Map-backed area whose `set` throws `error` for the writes `refuse` picks. */
  function mapArea(
    refuse: (items: Record<string, unknown>) => boolean,
    error: unknown = new Error('Resource::kQuotaBytes quota exceeded'),
  ) {
    const data = new Map<string, unknown>();
    const storage: StorageArea = {
      async get(keys) {
        const names = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
        return Object.fromEntries(names.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
      },
      async set(items) {
        if (refuse(items)) throw error;
        for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      },
      async remove(keys) {
        for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
      },
    };
    return { storage, data };
  }
  const always = () => true;
  const indexWrites = (items: Record<string, unknown>) => Object.keys(items).some(isIndexKey);

  const FULL = 'Storage is full: "Copper output rises" was not saved. Delete some saved articles and try again.';

  it('reports a full storage and writes nothing when the article does not fit', async () => {
    const { storage, data } = mapArea(always);
    expect(await new Library(storage).saveArticle(article(), NOW)).toEqual({ ok: false, code: 'full', message: FULL });
    expect(data.size).toBe(0);
  });

  it('removes the article again when the index does not fit', async () => {
    const { storage, data } = mapArea(indexWrites);
    expect(await new Library(storage).saveArticle(article(), NOW)).toEqual({ ok: false, code: 'full', message: FULL });
    expect(data.size).toBe(0);
  });

  it('puts the earlier version back when an update does not fit', async () => {
    let full = false;
    const { storage, data } = mapArea((items) => full && indexWrites(items));
    const library = new Library(storage);
    expect((await library.saveArticle(article(), NOW)).ok).toBe(true);
    const before = structuredClone(Object.fromEntries(data));
    full = true;
    expect(await library.saveArticle(article({ html: '<p>Much longer</p>' }), LATER)).toEqual({
      ok: false,
      code: 'full',
      message: FULL,
    });
    expect(Object.fromEntries(data)).toEqual(before);
  });

  it('reports a full storage when a link does not fit', async () => {
    const quotaError = Object.assign(new Error('The operation failed'), { name: 'QuotaExceededError' });
    const { storage, data } = mapArea(always, quotaError);
    expect(await new Library(storage).saveLink(POST, NOW)).toEqual({
      ok: false,
      code: 'full',
      message: 'Storage is full: "Lithium plant approved" was not saved. Delete some saved articles and try again.',
    });
    expect(data.size).toBe(0);
  });

  it('reports a full storage when many links do not fit', async () => {
    const { storage, data } = mapArea(always);
    expect(await new Library(storage).saveLinks([POST, { url: 'https://news.example.org/a/nickel', title: 'N' }], NOW)).toEqual({
      ok: false,
      code: 'full',
      message: TEXTS.fullLinks(2),
    });
    expect(data.size).toBe(0);
  });

  it('passes on other storage errors', async () => {
    const { storage } = mapArea(always, new Error('IO error: disk unavailable'));
    expect(await new Library(storage).saveArticle(article(), NOW)).toEqual({
      ok: false,
      code: 'error',
      message: '"Copper output rises" was not saved: IO error: disk unavailable',
    });
  });
});

describe('schema migrations', () => {
  const COPPER = 'https://news.example.org/2024/05/copper-output-rises-at-northern-mine/';
  const REPORTS = 'https://blog.example.com/posts/reading-annual-reports?utm_source=rss';
  const LITHIUM = 'https://news.example.org/2024/05/lithium-plant-approved/';

  beforeEach(async () => {
    await area.set(structuredClone(v0Sample));
  });

  it('has a migration from every older version', () => {
    for (let v = 0; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v]).toBeDefined();
  });

  it('reads version 0 data as the current version', async () => {
    const list = await lib.listArticles();
    expect(list).toEqual({
      ok: true,
      value: {
        articles: [
          expect.objectContaining({
            id: urlId(REPORTS),
            title: 'How to read an annual report in twenty minutes',
            lang: 'en-GB',
          }),
          {
            id: urlId(COPPER),
            url: COPPER,
            title: 'Copper output rises 12% at northern mine',
            siteName: 'Example Mining News',
            byline: 'Ana Ferreira',
            savedAt: '2024-05-20T17:40:00.000Z',
            readingMinutes: 1,
            wordCount: 29,
            topFigures: [
              { text: '$350 million', measures: 'investment in a new concentrator' },
              { text: '12%', measures: 'rise in copper output' },
              { text: '48,000 tonnes', measures: 'copper output in the first quarter' },
            ],
            lang: 'en',
            tags: [],
          },
        ],
        problems: [],
      },
    });

    const copper = await lib.getArticle(urlId(COPPER));
    expect(copper.ok && copper.value).toMatchObject({
      id: urlId(COPPER),
      savedAt: '2024-05-20T17:40:00.000Z',
      tags: [],
      removals: [],
      figures: expect.arrayContaining([expect.objectContaining({ text: '2026', kind: 'target' })]),
    });
    expect(await lib.findByUrl('https://blog.example.com/posts/reading-annual-reports#start')).toMatchObject({
      ok: true,
      value: { id: urlId(REPORTS) },
    });

    expect(await lib.listLinks()).toEqual({
      ok: true,
      value: {
        links: [
          {
            url: 'https://blog.example.com/posts/cash-flow-statements',
            title: 'Cash flow statements, line by line',
            savedAt: '2024-06-02T08:16:00.000Z',
            id: urlId('https://blog.example.com/posts/cash-flow-statements'),
            read: false,
          },
          {
            url: LITHIUM,
            title: 'Lithium plant approved after two-year review',
            author: 'Ana Ferreira',
            date: '2024-05-18',
            savedAt: '2024-05-20T17:41:00.000Z',
            fromUrl: COPPER,
            fromTitle: 'Copper output rises 12% at northern mine',
            id: urlId(LITHIUM),
            read: false,
          },
        ],
        problems: [],
      },
    });
  });

  it('upgrades the stored data once, and reads the same afterwards', async () => {
    const before = [await lib.listArticles(), await lib.listLinks(), await lib.getArticle(urlId(COPPER))];
    expect(await lib.upgrade()).toEqual({ ok: true, value: { upgraded: 2, problems: [] } });

    const all = await snapshot();
    expect(all[KEYS.meta]).toEqual({ schemaVersion: SCHEMA_VERSION });
    expect(all[KEYS.index]).toMatchObject({ v: SCHEMA_VERSION });
    for (const url of [COPPER, REPORTS]) {
      expect(all[articleKey(urlId(url))]).toMatchObject({ v: SCHEMA_VERSION, article: { id: urlId(url), tags: [] } });
    }
    expect([await lib.listArticles(), await lib.listLinks(), await lib.getArticle(urlId(COPPER))]).toEqual(before);
    expect(await lib.upgrade()).toEqual({ ok: true, value: { upgraded: 0, problems: [] } });
  });

  it('leaves an unreadable old entry in place during the upgrade and names it', async () => {
    await area.set({ [articleKey('broken')]: { savedAt: '2024-01-01T00:00:00.000Z', article: 'lost' } });
    expect(await lib.upgrade()).toEqual({
      ok: true,
      value: {
        upgraded: 2,
        problems: [
          'A saved article (id broken) could not be read: its stored data could not be upgraded. You can delete it and save the page again.',
        ],
      },
    });
    expect((await snapshot())[articleKey('broken')]).toEqual({ savedAt: '2024-01-01T00:00:00.000Z', article: 'lost' });
  });
});
