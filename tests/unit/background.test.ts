import { beforeEach, describe, expect, it } from 'vitest';
import { BADGE, LIBRARY_PAGE, MENU_IDS, SAVE_PAGE_COMMAND, SAVE_PAGE_SCRIPT, createMenus } from '../../lib/actions';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { NO_ANSWER, send } from '../../lib/send';
import { isRequest, type Request } from '../../src/messages';
import { urlId } from '../../src/storage/id';
import { MALFORMED } from '../../src/storage/router';
import { KEYS, SCHEMA_VERSION, SHARD_KEYS, articleKey } from '../../src/storage/schema';
import v0Sample from '../fixtures/storage/v0/store.json';
import { article } from './storage-helpers';

type Sender = Browser.runtime.MessageSender;


/** An event the test can fire, as the browser would. */
function fakeEvent<F extends (...args: never[]) => unknown>() {
  const listeners: F[] = [];
  return {
    addListener: (listener: F) => void listeners.push(listener),
    fire: (...args: Parameters<F>) => Promise.all(listeners.map((l) => l(...args))),
  };
}

/** What the background did through the APIs the fake browser does not implement. */
interface Calls {
  menus: Browser.contextMenus.CreateProperties[];
  tabsCreated: string[];
  injected: Array<{ tabId: number; files: string[] }>;
  badge: Record<number, { text?: string; title?: string; color?: string }>;
}

/** Installs fakes for menus, commands, scripting and the toolbar button; `page` is what the injected script returns. */
function installFakes(page: () => unknown) {
  const calls: Calls = { menus: [], tabsCreated: [], injected: [], badge: {} };
  const onClicked = fakeEvent<(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => unknown>();
  const onCommand = fakeEvent<(command: string, tab?: Browser.tabs.Tab) => unknown>();
  const badge = (tabId: number) => (calls.badge[tabId] ??= {});
  Object.assign(fakeBrowser, {
    contextMenus: {
      removeAll: async () => void (calls.menus.length = 0),
      create: (props: Browser.contextMenus.CreateProperties) => void calls.menus.push(props),
      onClicked,
    },
    commands: { onCommand },
    scripting: {
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        calls.injected.push({ tabId: target.tabId, files });
        return [{ frameId: 0, result: page() }];
      },
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void (badge(tabId).text = text),
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void (badge(tabId).color = color),
      setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void (badge(tabId).title = title),
    },
  });
  fakeBrowser.tabs.create = async (props) => {
    calls.tabsCreated.push(props.url ?? '');
    return { id: 99 } as Browser.tabs.Tab;
  };
  return { calls, onClicked, onCommand };
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
    installFakes(() => undefined);
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
    const shards = await fakeBrowser.storage.local.get([...SHARD_KEYS]);
    expect(Object.values(shards).flatMap((s) => (s as { articles: unknown[] }).articles)).toHaveLength(20);
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

  it('sees the storage cleared behind its back (its index copy is dropped)', async () => {
    await deliver({ type: 'article/save', article: article(1) });
    await fakeBrowser.storage.local.clear();
    await deliver({ type: 'article/save', article: article(2) });
    const list = (await deliver({ type: 'article/list' })) as { ok: true; value: { articles: { title: string }[] } };
    expect(list.value.articles.map((e) => e.title)).toEqual(['Story 2']);
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
    installFakes(() => undefined);
    await fakeBrowser.storage.local.set(structuredClone(v0Sample));
    background.main();
    await deliver({ type: 'link/delete', id: 'none' });
    const all = await fakeBrowser.storage.local.get(null);
    expect(all[KEYS.meta]).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    for (const key of await articleKeys()) expect(all[key]).toMatchObject({ v: SCHEMA_VERSION });
    const copper = 'https://news.example.org/2024/05/copper-output-rises-at-northern-mine/';
    expect(await articleKeys()).toEqual(expect.arrayContaining([articleKey(urlId(copper))]));
  });
});

describe('context menus and the save-page shortcut', () => {
  const tab = { id: 5, title: 'Where the link was', index: 0, highlighted: true, active: true, pinned: false, incognito: false } as Browser.tabs.Tab;
  let fakes: ReturnType<typeof installFakes>;
  let page: unknown;

  beforeEach(() => {
    fakeBrowser.reset();
    page = { ok: true, article: article(7) };
    fakes = installFakes(() => page);
    background.main();
  });

  const click = (info: Partial<Browser.contextMenus.OnClickData> & { linkText?: string }) =>
    fakes.onClicked.fire({ editable: false, menuItemId: '', ...info } as Browser.contextMenus.OnClickData, tab);

  it('creates the two menu items: on the toolbar button and on links', async () => {
    await new Promise((r) => setTimeout(r, 0));
    expect(fakes.calls.menus.map((m) => [m.id, m.contexts, m.title])).toEqual([
      [MENU_IDS.openLibrary, ['action'], 'Open Pith library'],
      [MENU_IDS.saveLink, ['link'], 'Save link to Pith'],
    ]);
  });

  it('puts the toolbar-button item on Firefox MV2\'s browser_action menu', async () => {
    await createMenus(2);
    expect(fakes.calls.menus.map((m) => m.contexts)).toEqual([['browser_action'], ['link']]);
  });

  it('"Open Pith library" opens the library page in a tab', async () => {
    await click({ menuItemId: MENU_IDS.openLibrary });
    expect(fakes.calls.tabsCreated).toEqual([fakeBrowser.runtime.getURL(LIBRARY_PAGE)]);
  });

  it('"Save link to Pith" saves the link to the reading list, titled by its text, else its address', async () => {
    await click({ menuItemId: MENU_IDS.saveLink, linkUrl: 'https://example.org/a?utm_source=x', linkText: ' Lithium plant approved ', pageUrl: 'https://news.example.org/p' });
    await click({ menuItemId: MENU_IDS.saveLink, linkUrl: 'https://example.org/b', pageUrl: 'https://news.example.org/p' });
    const list = (await deliver({ type: 'link/list' })) as { ok: true; value: { links: Array<{ title: string; url: string; fromUrl?: string; fromTitle?: string }> } };
    expect(list.value.links.map((l) => [l.title, l.fromUrl, l.fromTitle]).sort()).toEqual([
      ['Lithium plant approved', 'https://news.example.org/p', 'Where the link was'],
      ['https://example.org/b', 'https://news.example.org/p', 'Where the link was'],
    ]);
    expect(fakes.calls.badge[5]).toMatchObject({ text: BADGE.saved, title: 'Link saved to Pith: https://example.org/b' });
  });

  it('the shortcut reads the tab with the full pipeline, saves the article and shows ✓', async () => {
    await fakes.onCommand.fire(SAVE_PAGE_COMMAND, tab);
    expect(fakes.calls.injected).toEqual([{ tabId: 5, files: [SAVE_PAGE_SCRIPT] }]);
    expect(await deliver({ type: 'article/find-by-url', url: article(7).url })).toMatchObject({ ok: true, value: { title: 'Story 7' } });
    expect(fakes.calls.badge[5]).toEqual({ text: BADGE.saved, color: '#2e7d32', title: 'Saved to Pith: Story 7' });
  });

  it('the shortcut shows ! and the reason when the page is no article, and saves nothing', async () => {
    page = { ok: false, reason: 'not-article', message: 'x' };
    await fakes.onCommand.fire(SAVE_PAGE_COMMAND, tab);
    expect(fakes.calls.badge[5]?.text).toBe(BADGE.failed);
    expect(fakes.calls.badge[5]?.title).toMatch(/^Pith could not save this page: \S/);
    expect(await articleKeys()).toEqual([]);
  });

  it('the shortcut refuses a tampered result (not an article) and ignores other commands', async () => {
    page = { ok: true, article: { ...article(8), title: 42 } };
    await fakes.onCommand.fire(SAVE_PAGE_COMMAND, tab);
    expect(fakes.calls.badge[5]?.text).toBe(BADGE.failed);
    await fakes.onCommand.fire('something-else', tab);
    expect(fakes.calls.injected).toHaveLength(1);
    expect(await articleKeys()).toEqual([]);
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
