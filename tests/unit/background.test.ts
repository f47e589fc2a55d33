import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { NO_ANSWER, send } from '../../lib/send';
import { isRequest, type Request } from '../../src/messages';
import { urlId } from '../../src/storage/id';
import { MALFORMED } from '../../src/storage/router';
import { KEYS, SCHEMA_VERSION, articleKey } from '../../src/storage/schema';
import type { Article } from '../../src/types';
import v0Sample from './storage-samples/v0.json';

type Sender = Browser.runtime.MessageSender;

function article(n: number): Article {
  return {
    url: `https://news.example.org/story/${n}`,
    title: `Story ${n}`,
    byline: null,
    siteName: 'Example News',
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    html: `<p>Story ${n}.</p>`,
    text: `Story ${n}.`,
    wordCount: 2,
    readingMinutes: 1,
    figures: [],
    related: [],
    removals: [],
    extractedAt: '2025-03-01T09:00:00.000Z',
  };
}

const popup = (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

/** Delivers a message to the background's listener as the browser would, and returns its answer. */
async function deliver(message: unknown, sender: Sender = popup()): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  expect(answers).toHaveLength(1);
  return answers[0];
}

async function articleKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(KEYS.articlePrefix));
}

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('answers requests from its own pages', async () => {
    const saved = await deliver({ type: 'article/save', article: article(1) } satisfies Request);
    expect(saved).toMatchObject({ ok: true, value: { id: urlId(article(1).url), title: 'Story 1' } });
    expect(await deliver({ type: 'article/find-by-url', url: `${article(1).url}?utm_source=x` })).toMatchObject({
      ok: true,
      value: { id: urlId(article(1).url) },
    });
    expect(await deliver({ type: 'article/get', id: urlId(article(1).url) })).toMatchObject({
      ok: true,
      value: { ...article(1), tags: [] },
    });
    const post = { url: 'https://example.org/p', title: 'P' };
    expect(await deliver({ type: 'link/save', post, from: { url: article(1).url, title: 'Story 1' } })).toMatchObject({
      ok: true,
      value: { fromTitle: 'Story 1', read: false },
    });
    expect(await deliver({ type: 'link/set-read', id: urlId('https://example.org/p'), read: true })).toMatchObject({
      ok: true,
      value: { read: true },
    });
    expect(await deliver({ type: 'link/list' })).toMatchObject({
      ok: true,
      value: { links: [{ title: 'P', read: true }] },
    });
    expect(await deliver({ type: 'link/delete', id: urlId(post.url) })).toEqual({ ok: true, value: null });
    expect(await deliver({ type: 'article/delete', id: urlId(article(1).url) })).toEqual({ ok: true, value: null });
    expect(await deliver({ type: 'article/list' })).toEqual({ ok: true, value: { articles: [], problems: [] } });
  });

  it('saves all related posts in one request and lists them, linked once their page is saved', async () => {
    const posts = [1, 2, 3].map((n) => ({ url: article(n).url, title: `Story ${n}` }));
    const saved = await deliver({ type: 'link/save-many', posts, from: { url: article(9).url, title: 'Story 9' } } satisfies Request);
    expect(saved).toMatchObject({ ok: true, value: posts.map((p) => ({ title: p.title, fromTitle: 'Story 9', read: false })) });
    await deliver({ type: 'article/save', article: article(2) });
    const list = (await deliver({ type: 'link/list' })) as { ok: true; value: { links: { title: string; articleId?: string }[] } };
    expect(list.value.links.map((l) => [l.title, l.articleId])).toEqual([
      ['Story 1', undefined],
      ['Story 2', urlId(article(2).url)],
      ['Story 3', undefined],
    ]);
  });

  it('answers the popup also when it is open in a tab', async () => {
    const sender = { ...popup(), tab: { id: 3 } as Browser.tabs.Tab };
    const empty = { ok: true, value: { articles: [], problems: [] } };
    expect(await deliver({ type: 'article/list' }, sender)).toEqual(empty);
  });

  it('loses nothing when 20 saves arrive at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => deliver({ type: 'article/save', article: article(i) })),
    );
    expect(answers.every((a) => (a as { ok: boolean }).ok)).toBe(true);
    expect(await articleKeys()).toHaveLength(20);
    const list = (await deliver({ type: 'article/list' })) as { ok: true; value: { articles: { title: string }[] } };
    const titles = Array.from({ length: 20 }, (_, i) => `Story ${i}`);
    expect(list.value.articles.map((e) => e.title).sort()).toEqual(titles.sort());
    const index = (await fakeBrowser.storage.local.get(KEYS.index))[KEYS.index] as { articles: unknown[] };
    expect(index.articles).toHaveLength(20);
  });

  it('loses nothing when saves, link saves and deletes interleave', async () => {
    await deliver({ type: 'article/save', article: article(100) });
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => deliver({ type: 'article/save', article: article(i) })),
      ...Array.from({ length: 10 }, (_, i) =>
        deliver({ type: 'link/save', post: { url: `https://example.org/link/${i}`, title: `Link ${i}` } }),
      ),
      deliver({ type: 'article/delete', id: urlId(article(100).url) }),
    ]);
    const articles = (await deliver({ type: 'article/list' })) as { ok: true; value: { articles: unknown[] } };
    const links = (await deliver({ type: 'link/list' })) as { ok: true; value: { links: unknown[] } };
    expect(articles.value.articles).toHaveLength(10);
    expect(links.value.links).toHaveLength(10);
    expect(await articleKeys()).toHaveLength(10);
  });

  it('answers malformed messages with an error and stores nothing', async () => {
    const malformed: unknown[] = [
      null,
      'article/list',
      [],
      { type: 'article/nuke' },
      { type: 'toString' },
      { type: 'article/save' },
      { type: 'article/save', article: { ...article(1), title: 7 } },
      { type: 'article/save', article: { ...article(1), figures: [{ text: '5%' }] } },
      { type: 'article/get' },
      { type: 'article/get', id: '' },
      { type: 'article/get', id: 'x'.repeat(101) },
      { type: 'link/save', post: { url: 'https://example.org/p' } },
      { type: 'link/save', post: { url: 'https://example.org/p', title: 'P' }, from: 'https://example.org' },
      { type: 'link/set-read', id: 'abc', read: 'yes' },
      { type: 'link/save-many' },
      { type: 'link/save-many', posts: [] },
      { type: 'link/save-many', posts: [{ url: 'https://example.org/p' }] },
      { type: 'link/save-many', posts: { url: 'https://example.org/p', title: 'P' } },
      { type: 'link/save-many', posts: Array.from({ length: 101 }, (_, i) => ({ url: `https://example.org/${i}`, title: 'P' })) },
    ];
    for (const message of malformed) {
      expect(isRequest(message)).toBe(false);
      expect(await deliver(message)).toEqual(MALFORMED);
    }
    expect(await articleKeys()).toEqual([]);
  });

  it('ignores messages from web pages and other extensions', async () => {
    const save = { type: 'article/save', article: article(1) };
    const strangers: Sender[] = [
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/page', tab: { id: 7 } as Browser.tabs.Tab },
      { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' },
      { id: 'another-extension', url: fakeBrowser.runtime.getURL('/popup.html') },
      { id: fakeBrowser.runtime.id },
      {},
    ];
    for (const sender of strangers) expect(await deliver(save, sender)).toBeUndefined();
    expect(await fakeBrowser.runtime.sendMessage(save)).toBeUndefined();
    expect(await articleKeys()).toEqual([]);
  });
});

describe('background start', () => {
  it('upgrades stored data of an older schema before any write', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set(structuredClone(v0Sample));
    background.main();
    await deliver({ type: 'link/delete', id: 'none' });
    const all = await fakeBrowser.storage.local.get(null);
    expect(all[KEYS.meta]).toEqual({ schemaVersion: SCHEMA_VERSION });
    for (const key of await articleKeys()) expect(all[key]).toMatchObject({ v: SCHEMA_VERSION });
    const copper = 'https://news.example.org/2024/05/copper-output-rises-at-northern-mine/';
    expect(await articleKeys()).toEqual(expect.arrayContaining([articleKey(urlId(copper))]));
  });
});

describe('send', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns the typed answer of the background', async () => {
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      sendResponse({ ok: true, value: { articles: [], problems: [`got ${(message as Request).type}`] } });
      return true;
    });
    const answer = await send({ type: 'article/list' });
    expect(answer).toEqual({ ok: true, value: { articles: [], problems: ['got article/list'] } });
  });

  it('turns a missing answer or an unreachable background into a failure', async () => {
    expect(await send({ type: 'article/list' })).toEqual({ ok: false, code: 'error', message: NO_ANSWER });
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    expect(await send({ type: 'article/list' })).toEqual({ ok: false, code: 'error', message: NO_ANSWER });
  });
});
