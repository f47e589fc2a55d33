// The library's schema v2 (tags in the index) and its operations for the library page:
// tags, undo of delete, reading many, import merging, migration from the stored v1 samples.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_ARTICLES_PER_REQUEST, isRequest } from '../../src/messages';
import { urlId } from '../../src/storage/id';
import { Library, MAX_TAGS, TEXTS, mergeArticle, normalTags } from '../../src/storage/library';
import { createDispatcher } from '../../src/storage/router';
import { KEYS, SCHEMA_VERSION, SHARD_KEYS, articleKey, isIndexKey, shardKey, shardOf } from '../../src/storage/schema';
import { SettingsStore } from '../../src/storage/settings';
import type { SavedArticle, SavedLink, StorageArea } from '../../src/storage/types';
import type { Article } from '../../src/types';
import v1Sample from '../fixtures/storage/v1/store.json';
import { article } from './storage-helpers';

const area = fakeBrowser.storage.local;
const NOW = new Date('2025-03-01T10:00:00.000Z');
const LATER = new Date('2025-03-02T10:00:00.000Z');


function saved(n: number, savedAt: string, tags: string[] = [], overrides: Partial<Article> = {}): SavedArticle {
  const a = article(n, overrides);
  return { ...a, id: urlId(a.url), savedAt, tags };
}

function value<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

async function snapshot(): Promise<Record<string, unknown>> {
  return structuredClone(await area.get(null));
}

let lib: Library;
beforeEach(() => {
  fakeBrowser.reset();
  lib = new Library(area);
});

describe('tags', () => {
  it('normalises tags: trimmed, one line, no empties, no case duplicates, bounded', () => {
    expect(normalTags(['  Mining ', 'mining', '', ' ', 'copper\n prices', 'MINING'])).toEqual(['Mining', 'copper prices']);
    expect(normalTags(['x'.repeat(80)])).toEqual(['x'.repeat(50)]);
    expect(normalTags(Array.from({ length: 30 }, (_, i) => `t${i}`))).toHaveLength(MAX_TAGS);
  });

  it('sets tags in the article and in its index entry, so lists filter without reading bodies', async () => {
    const id = value(await lib.saveArticle(article(1), NOW)).id;
    const entry = value(await lib.setTags(id, ['mining', ' Copper ', 'MINING']));
    expect(entry).toMatchObject({ id, tags: ['mining', 'Copper'], savedAt: NOW.toISOString() });
    expect(value(await lib.getArticle(id)).tags).toEqual(['mining', 'Copper']);
    expect(value(await lib.listArticles()).articles[0]?.tags).toEqual(['mining', 'Copper']);
    const key = shardKey(shardOf(id));
    const stored = (await area.get(key))[key] as { articles: { tags: string[] }[] };
    expect(stored.articles[0]?.tags).toEqual(['mining', 'Copper']);
    // Saving the page again keeps them.
    value(await lib.saveArticle(article(1, { title: 'Story 1, updated' }), LATER));
    expect(value(await lib.listArticles()).articles[0]).toMatchObject({ title: 'Story 1, updated', tags: ['mining', 'Copper'] });
  });

  it('names what failed: a missing article, an unreadable one, a full storage', async () => {
    expect(await lib.setTags('nope', ['a'])).toEqual({ ok: false, code: 'not-found', message: TEXTS.articleGone });
    const id = value(await lib.saveArticle(article(2), NOW)).id;
    await area.set({ [articleKey(id)]: { v: SCHEMA_VERSION, article: { title: 'half' } } });
    expect(await lib.setTags(id, ['a'])).toEqual({
      ok: false,
      code: 'corrupt',
      message: 'The saved article "Story 2" could not be read: its stored data has the wrong shape. You can delete it and save the page again.',
    });
    const full: StorageArea = { ...area, get: (k) => area.get(k), remove: (k) => area.remove(k), set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    const id3 = value(await lib.saveArticle(article(3), NOW)).id;
    expect(await new Library(full).setTags(id3, ['a'])).toEqual({ ok: false, code: 'full', message: TEXTS.fullTags('Story 3') });
    expect(value(await lib.getArticle(id3)).tags).toEqual([]);
  });
});

describe('restore (undo of delete)', () => {
  it('puts a deleted article back unchanged, time of saving and tags kept', async () => {
    const id = value(await lib.saveArticle(article(1), NOW)).id;
    value(await lib.setTags(id, ['keep']));
    const before = value(await lib.getArticle(id));
    const listBefore = await lib.listArticles();
    value(await lib.deleteArticle(id));
    const entry = value(await lib.restoreArticle(before));
    expect(entry).toMatchObject({ id, savedAt: NOW.toISOString(), tags: ['keep'] });
    expect(await lib.getArticle(id)).toEqual({ ok: true, value: before });
    expect(await lib.listArticles()).toEqual(listBefore);
  });

  it('keeps a newer save of the same page and gives it the restored tags', async () => {
    const old = saved(1, NOW.toISOString(), ['old-tag']);
    value(await lib.saveArticle(article(1, { title: 'Newer' }), LATER));
    const entry = value(await lib.restoreArticle(old));
    expect(entry).toMatchObject({ title: 'Newer', savedAt: LATER.toISOString(), tags: ['old-tag'] });
  });
});

describe('list with a limit', () => {
  it('gives the newest `limit` entries and the total', async () => {
    for (let n = 1; n <= 5; n++) value(await lib.saveArticle(article(n), new Date(NOW.getTime() + n * 1000)));
    expect(value(await lib.listArticles(2))).toEqual({
      articles: [expect.objectContaining({ title: 'Story 5' }), expect.objectContaining({ title: 'Story 4' })],
      problems: [],
      total: 5,
    });
    expect(isRequest({ type: 'article/list', limit: 100 })).toBe(true);
    expect(isRequest({ type: 'article/list', limit: 0 })).toBe(false);
    expect(isRequest({ type: 'article/list', limit: '5' })).toBe(false);
  });
});

describe('get many', () => {
  it('returns the readable articles in order and names the missing and the corrupted', async () => {
    const ids = [];
    for (let n = 1; n <= 4; n++) ids.push(value(await lib.saveArticle(article(n), NOW)).id);
    await area.set({ [articleKey(ids[1]!)]: 'garbage' });
    const batch = value(await lib.getArticles([ids[3]!, ids[1]!, 'gone', ids[0]!]));
    expect(batch.articles.map((a) => a.title)).toEqual(['Story 4', 'Story 1']);
    expect(batch.problems).toEqual([
      'The saved article "Story 2" could not be read: its stored data is not an object. You can delete it and save the page again.',
      TEXTS.articleMissing('gone'),
    ]);
  });

  it('is bounded per request', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `id${i}`);
    expect(isRequest({ type: 'article/get-many', ids: ids(MAX_ARTICLES_PER_REQUEST) })).toBe(true);
    expect(isRequest({ type: 'article/get-many', ids: ids(MAX_ARTICLES_PER_REQUEST + 1) })).toBe(false);
    expect(isRequest({ type: 'article/get-many', ids: [] })).toBe(false);
    expect(isRequest({ type: 'article/set-tags', id: 'a', tags: 'x' })).toBe(false);
    expect(isRequest({ type: 'article/restore', article: { title: 'x' } })).toBe(false);
    expect(isRequest({ type: 'article/import', articles: [saved(1, 'x')], links: [{ url: 'u' }] })).toBe(false);
  });
});

describe('import', () => {
  const link = (n: number, savedAt: string, read: boolean): SavedLink => ({
    url: `https://example.org/l/${n}`,
    title: `Link ${n}`,
    id: urlId(`https://example.org/l/${n}`),
    savedAt,
    read,
  });

  it('merges without copies: newer save wins, tags united, nothing new is skipped', async () => {
    const id1 = value(await lib.saveArticle(article(1, { title: 'Mine, older' }), NOW)).id;
    value(await lib.setTags(id1, ['mine']));
    value(await lib.saveArticle(article(2, { title: 'Mine, newer' }), LATER));
    value(await lib.saveArticle(article(3), NOW));
    value(await lib.saveLinks([{ url: 'https://example.org/l/1', title: 'Link 1' }], NOW));
    const incoming = [
      saved(1, LATER.toISOString(), ['theirs'], { title: 'Theirs, newer', url: 'https://news.example.org/story/1?utm_source=x' }),
      saved(2, NOW.toISOString(), ['theirs'], { title: 'Theirs, older' }),
      { ...saved(3, NOW.toISOString()), id: 'some-other-id' },
      saved(4, NOW.toISOString(), ['new']),
      saved(4, NOW.toISOString(), ['twice']),
    ];
    const report = value(await lib.importItems(incoming, [link(1, LATER.toISOString(), true), link(2, NOW.toISOString(), false)]));
    expect(report).toEqual({
      added: 1,
      updated: 3,
      skipped: 1,
      links: { added: 1, updated: 1, skipped: 0 },
      problems: [],
    });
    const list = value(await lib.listArticles()).articles;
    expect(list.map((e) => [e.title, e.tags]).sort()).toEqual(
      [
        ['Mine, newer', ['theirs']],
        ['Story 3', []],
        ['Story 4', ['new', 'twice']],
        ['Theirs, newer', ['theirs', 'mine']],
      ].sort(),
    );
    const keys = Object.keys(await snapshot()).filter((k) => k.startsWith(KEYS.articlePrefix));
    expect(keys).toHaveLength(4);
    const links = value(await lib.listLinks()).links;
    expect(links.map((l) => [l.title, l.read, l.savedAt])).toEqual([
      ['Link 1', true, LATER.toISOString()],
      ['Link 2', false, NOW.toISOString()],
    ]);
    // Importing the same again changes nothing.
    const again = value(await lib.importItems(incoming.slice(0, 4)));
    expect(again).toMatchObject({ added: 0, updated: 0, skipped: 4 });
  });

  it('names the articles not imported when storage fills up, and keeps the ones before', async () => {
    // A storage that holds at most two article entries: a write that would go beyond fails whole.
    const articleKeys = async () => Object.keys(await area.get(null)).filter((k) => k.startsWith(KEYS.articlePrefix));
    const filling: StorageArea = {
      get: (k) => area.get(k),
      remove: (k) => area.remove(k),
      set: async (items) => {
        const fresh = Object.keys(items).filter((k) => k.startsWith(KEYS.articlePrefix));
        const after = new Set([...(await articleKeys()), ...fresh]);
        if (after.size > 2) throw new Error('Resource::kQuotaBytes quota exceeded');
        return area.set(items);
      },
    };
    const incoming = [1, 2, 3, 4].map((n) => saved(n, NOW.toISOString()));
    const report = value(await new Library(filling).importItems(incoming));
    expect(report).toEqual({
      added: 2,
      updated: 0,
      skipped: 0,
      links: { added: 0, updated: 0, skipped: 0 },
      problems: [`These 2 articles were not imported: "Story 3", "Story 4". ${TEXTS.importFull}`],
    });
    expect(value(await lib.listArticles()).articles.map((e) => e.title).sort()).toEqual(['Story 1', 'Story 2']);
  });

  it('writes many articles a chunk per write', async () => {
    const sets: number[] = [];
    const counted: StorageArea = {
      get: (k) => area.get(k),
      remove: (k) => area.remove(k),
      set: (items) => (sets.push(Object.keys(items).filter((k) => k.startsWith(KEYS.articlePrefix)).length), area.set(items)),
    };
    const incoming = Array.from({ length: 60 }, (_, i) => saved(i, NOW.toISOString()));
    expect(value(await new Library(counted).importItems(incoming))).toMatchObject({ added: 60, problems: [] });
    expect(sets).toEqual([25, 25, 10, 0]);
    expect(value(await lib.listArticles()).articles).toHaveLength(60);
  });

  it('puts everything back when the index cannot be written', async () => {
    value(await lib.saveArticle(article(1), NOW));
    const before = await snapshot();
    const noIndex: StorageArea = {
      get: (k) => area.get(k),
      remove: (k) => area.remove(k),
      set: (items) => (Object.keys(items).some(isIndexKey) ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : area.set(items)),
    };
    const report = value(await new Library(noIndex).importItems([saved(1, LATER.toISOString(), ['t']), saved(2, NOW.toISOString())]));
    expect(report.added + report.updated).toBe(0);
    expect(report.problems).toEqual([`These 2 articles were not imported: "Story 1", "Story 2". ${TEXTS.importFull}`]);
    expect(await snapshot()).toEqual(before);
  });

  it('merge keeps the stored copy when it is newer or equal', () => {
    const a = saved(1, NOW.toISOString(), ['a']);
    expect(mergeArticle(a, null)).toEqual({ article: a, outcome: 'added' });
    expect(mergeArticle(a, a)).toEqual({ article: a, outcome: 'skipped' });
    expect(mergeArticle({ ...a, tags: ['b'] }, a)).toEqual({ article: { ...a, tags: ['a', 'b'] }, outcome: 'updated' });
  });
});

describe('corrupted entries', () => {
  it('are skipped and reported while the rest stays readable, also when the index is rebuilt', async () => {
    const ids = [];
    for (let n = 1; n <= 3; n++) ids.push(value(await lib.saveArticle(article(n), NOW)).id);
    await area.set({ [articleKey(ids[1]!)]: { v: SCHEMA_VERSION, article: { title: 7 } } });
    await area.remove(KEYS.index);
    const list = value(await lib.listArticles());
    expect(list.articles.map((e) => e.title).sort()).toEqual(['Story 1', 'Story 3']);
    expect(list.problems).toEqual([
      `A saved article (id ${ids[1]}) could not be read: its stored data has the wrong shape. You can delete it and save the page again.`,
    ]);
    expect(value(await lib.getArticle(ids[2]!)).title).toBe('Story 3');
  });
});

describe('migration from the stored version 1 samples', () => {
  const WHEAT = 'https://agri.example.net/markets/wheat-harvest-2025?utm_source=newsletter';

  beforeEach(async () => {
    await area.set(structuredClone(v1Sample));
  });

  it('the sample is version 1 data as Pith 0.1 wrote it', () => {
    expect(v1Sample.meta).toEqual({ schemaVersion: 1 });
    expect(v1Sample.index.v).toBe(1);
    expect(v1Sample.index.articles.every((e) => !('tags' in e))).toBe(true);
  });

  it('reads version 1 data with the tags in the index entries', async () => {
    const list = value(await lib.listArticles());
    expect(list.problems).toEqual([]);
    expect(list.articles.map((e) => [e.title, e.tags, e.savedAt])).toEqual([
      ['Notes without a page', [], '2025-03-01T10:00:00.000Z'],
      ['الميزانية تنمو بنسبة 7٪', [], '2025-02-03T19:12:00.000Z'],
      ['Wheat harvest forecast cut by 4%', ['agriculture', 'markets'], '2025-01-15T08:00:00.000Z'],
    ]);
    const wheat = value(await lib.getArticle(urlId(WHEAT)));
    expect(wheat).toMatchObject({ tags: ['agriculture', 'markets'], figures: expect.arrayContaining([expect.objectContaining({ text: '4%' })]) });
    const links = value(await lib.listLinks());
    expect(links.links.map((l) => [l.title, l.read])).toEqual([
      ['Rye, a short history', true],
      ['Barley prices steady', false],
      ['Maize exports rise', false],
    ]);
  });

  it('upgrades the stored data to version 2 once, and reads the same afterwards', async () => {
    const before = [await lib.listArticles(), await lib.listLinks(), await lib.getArticle(urlId(WHEAT))];
    expect(await lib.upgrade()).toEqual({ ok: true, value: { upgraded: 3, problems: [] } });
    const all = await snapshot();
    expect(all[KEYS.meta]).toEqual({ schemaVersion: 2 });
    expect(all[KEYS.index]).toEqual({ v: 2, links: expect.any(Array) });
    expect(SHARD_KEYS.flatMap((k) => (all[k] as { articles: unknown[] }).articles)).toHaveLength(3);
    for (const key of Object.keys(all).filter((k) => k.startsWith(KEYS.articlePrefix))) expect(all[key]).toMatchObject({ v: 2 });
    expect([await lib.listArticles(), await lib.listLinks(), await lib.getArticle(urlId(WHEAT))]).toEqual(before);
    expect(await lib.upgrade()).toEqual({ ok: true, value: { upgraded: 0, problems: [] } });
  });
});

describe('writes and the index cache', () => {
  /** How many times the index was read from storage. */
  const indexReads = (log: string[]) => log.filter((l) => l.startsWith('get ["index",')).length;

  function counting() {
    const log: string[] = [];
    const counted: StorageArea = {
      get: (k) => (log.push(`get ${JSON.stringify(k)}`), area.get(k)),
      remove: (k) => (log.push(`remove ${JSON.stringify(k)}`), area.remove(k)),
      set: (items) => (log.push(`set ${Object.keys(items).sort().join(',')}`), area.set(items)),
    };
    return { log, counted };
  }

  it('a save is one write: the article and its index shard together (the first write writes the whole index)', async () => {
    const { log, counted } = counting();
    const first = value(await new Library(counted).saveArticle(article(1), NOW)).id;
    const id = value(await new Library(counted).saveArticle(article(2), NOW)).id;
    const sets = log.filter((l) => l.startsWith('set'));
    expect(sets[0]).toBe(`set ${[articleKey(first), KEYS.index, ...SHARD_KEYS, KEYS.meta].sort().join(',')}`);
    expect(sets.slice(1)).toEqual([`set ${articleKey(id)},${shardKey(shardOf(id))},meta`]);
  });

  it('with cacheIndex, reads the index from storage once and answers the same as without', async () => {
    const { log, counted } = counting();
    const cached = new Library(counted, { cacheIndex: true });
    const plain = new Library(area);
    for (let n = 1; n <= 3; n++) value(await cached.saveArticle(article(n), new Date(NOW.getTime() + n)));
    value(await cached.setTags(urlId(article(2).url), ['x']));
    value(await cached.deleteArticle(urlId(article(3).url)));
    value(await cached.saveLink({ url: 'https://example.org/l', title: 'L' }, NOW));
    expect(await cached.listArticles()).toEqual(await plain.listArticles());
    expect(await cached.listLinks()).toEqual(await plain.listLinks());
    expect(indexReads(log)).toBe(1);
  });

  it('with cacheIndex, keeps its copy after its own write and drops it after anyone else\'s', async () => {
    const { log, counted } = counting();
    const cached = new Library(counted, { cacheIndex: true });
    value(await cached.saveArticle(article(1), NOW));
    const shard = shardKey(shardOf(urlId(article(1).url)));
    const own = await area.get([shard, KEYS.meta]);
    cached.noticeStorageChange({ [shard]: { newValue: own[shard] }, [KEYS.meta]: { newValue: own[KEYS.meta] } });
    value(await cached.listArticles());
    expect(indexReads(log)).toBe(1);
    const other = { v: SCHEMA_VERSION, articles: [] };
    await area.set({ [shard]: other });
    cached.noticeStorageChange({ [articleKey('x')]: { newValue: 1 } });
    expect(indexReads(log)).toBe(1);
    cached.noticeStorageChange({ [shard]: { newValue: other } });
    expect(value(await cached.listArticles()).articles).toEqual([]);
    await area.clear();
    cached.noticeStorageChange({ [KEYS.meta]: {}, [KEYS.index]: {} });
    expect(value(await cached.listArticles()).articles).toEqual([]);
    expect(indexReads(log)).toBe(3);
  });
});

describe('dispatcher', () => {
  it('stores all of 20 saves that arrive at once', async () => {
    const dispatcher = createDispatcher({ library: lib, settings: new SettingsStore(area) }, () => NOW);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => dispatcher.handle({ type: 'article/save', article: article(i) })));
    expect(answers.every((a) => a.ok)).toBe(true);
    const list = value(await lib.listArticles());
    expect(list.articles.map((e) => e.title).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `Story ${i}`).sort());
    expect(Object.keys(await snapshot()).filter((k) => k.startsWith(KEYS.articlePrefix))).toHaveLength(20);
  });
});
