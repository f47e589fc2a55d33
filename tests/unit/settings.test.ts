/**
 * "Always unlock on <host>": the settings store (src/storage/settings.ts), its
 * versioned layout, and its requests through the background's protocol.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { isRequest, isWrite, type Request } from '../../src/messages';
import {
  MAX_UNLOCK_HOSTS,
  SETTINGS_KEY,
  SETTINGS_TEXTS,
  SETTINGS_VERSION,
  SettingsStore,
  normalHost,
  readSettings,
} from '../../src/storage/settings';
import { memoryArea } from './storage-helpers';

describe('normalHost', () => {
  it.each([
    ['News.Example.org', 'news.example.org'],
    ['example.org.', 'example.org'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['localhost', 'localhost'],
  ])('%s → %s', (input, output) => {
    expect(normalHost(input)).toBe(output);
  });

  it.each(['', 'https://example.org', 'exa mple.org', 'a/b', `${'a'.repeat(64)}.org`])('refuses %j', (input) => {
    expect(normalHost(input)).toBeNull();
  });
});

describe('SettingsStore', () => {
  it('is off for every site at first, and remembers sites turned on and off', async () => {
    const area = memoryArea();
    const store = new SettingsStore(area);
    expect(await store.alwaysUnlock('news.example.org')).toEqual({ ok: true, value: false });
    expect(await store.setAlwaysUnlock('News.Example.org', true)).toEqual({ ok: true, value: true });
    expect(await store.setAlwaysUnlock('blog.example.net', true)).toEqual({ ok: true, value: true });
    expect(await store.alwaysUnlock('news.example.org')).toEqual({ ok: true, value: true });
    expect(area.data.get(SETTINGS_KEY)).toEqual({ v: SETTINGS_VERSION, alwaysUnlock: ['blog.example.net', 'news.example.org'] });
    expect(await store.setAlwaysUnlock('news.example.org', false)).toEqual({ ok: true, value: false });
    expect(await store.alwaysUnlock('news.example.org')).toEqual({ ok: true, value: false });
    expect(area.data.get(SETTINGS_KEY)).toEqual({ v: SETTINGS_VERSION, alwaysUnlock: ['blog.example.net'] });
  });

  it('refuses a page without a site name, in plain words', async () => {
    expect(await new SettingsStore(memoryArea()).setAlwaysUnlock('', true)).toEqual({
      ok: false,
      code: 'error',
      message: SETTINGS_TEXTS.badHost,
    });
  });

  it('never overwrites settings saved by a newer Pith', async () => {
    const newer = { v: SETTINGS_VERSION + 1, alwaysUnlock: ['news.example.org'], somethingNew: true };
    const area = memoryArea({ [SETTINGS_KEY]: newer });
    const store = new SettingsStore(area);
    expect(await store.alwaysUnlock('news.example.org')).toEqual({ ok: true, value: true });
    expect(await store.setAlwaysUnlock('other.example', true)).toEqual({ ok: false, code: 'error', message: SETTINGS_TEXTS.newer });
    expect(area.data.get(SETTINGS_KEY)).toEqual(newer);
  });

  it('says when storage fails, and when the list is full', async () => {
    expect(await new SettingsStore(memoryArea({}, true)).setAlwaysUnlock('a.example', true)).toMatchObject({
      ok: false,
      message: SETTINGS_TEXTS.failed('QUOTA_BYTES quota exceeded'),
    });
    const hosts = Array.from({ length: MAX_UNLOCK_HOSTS }, (_, i) => `site${i}.example`);
    const full = new SettingsStore(memoryArea({ [SETTINGS_KEY]: { v: 1, alwaysUnlock: hosts } }));
    expect(await full.setAlwaysUnlock('one-more.example', true)).toEqual({ ok: false, code: 'full', message: SETTINGS_TEXTS.full });
    expect(await full.setAlwaysUnlock('site0.example', false)).toEqual({ ok: true, value: false });
  });
});

describe('readSettings', () => {
  it('reads nothing, damage and unknown entries as the defaults', () => {
    for (const raw of [undefined, null, 'x', [], { v: 'one' }, { v: -1 }]) {
      expect(readSettings(raw)).toEqual({ settings: { alwaysUnlock: [] }, writable: true });
    }
    expect(readSettings({ v: 1, alwaysUnlock: ['ok.example', 42, 'not a host', 'OK2.example'] }).settings).toEqual({
      alwaysUnlock: ['ok.example', 'ok2.example'],
    });
  });

  it('brings an older layout up to date through the migrations', () => {
    const migrations = { 0: ({ unlockSites }: Record<string, unknown>) => ({ v: 1, alwaysUnlock: unlockSites }) };
    expect(readSettings({ v: 0, unlockSites: ['old.example'] }, migrations)).toEqual({
      settings: { alwaysUnlock: ['old.example'] },
      writable: true,
    });
    expect(readSettings({ v: 0, unlockSites: ['old.example'] }, {}).settings.alwaysUnlock).toEqual([]);
  });
});

describe('the protocol', () => {
  it('checks unlock requests and queues the writes', () => {
    const get = { type: 'unlock/get', host: 'news.example.org' } satisfies Request;
    const set = { type: 'unlock/set', host: 'news.example.org', always: true } satisfies Request;
    expect(isRequest(get) && !isWrite(get)).toBe(true);
    expect(isRequest(set) && isWrite(set)).toBe(true);
    for (const bad of [{ type: 'unlock/get' }, { type: 'unlock/get', host: '' }, { type: 'unlock/set', host: 'a.example', always: 'yes' }]) {
      expect(isRequest(bad)).toBe(false);
    }
    expect(isRequest({ type: 'unlock/get', host: 'a'.repeat(254) })).toBe(false);
  });

  describe('through the background', () => {
    beforeEach(() => {
      fakeBrowser.reset();
      background.main();
    });

    const deliver = async (message: unknown) => {
      const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
      const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
      return answers[0];
    };

    it('remembers "always unlock" for a site in storage.local', async () => {
      expect(await deliver({ type: 'unlock/set', host: 'news.example.org', always: true })).toEqual({ ok: true, value: true });
      expect(await deliver({ type: 'unlock/get', host: 'news.example.org' })).toEqual({ ok: true, value: true });
      expect(await deliver({ type: 'unlock/get', host: 'other.example' })).toEqual({ ok: true, value: false });
      expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({
        v: SETTINGS_VERSION,
        alwaysUnlock: ['news.example.org'],
      });
    });

    it('keeps settings apart from the library and its upgrade', async () => {
      await deliver({ type: 'unlock/set', host: 'news.example.org', always: true });
      expect(await deliver({ type: 'article/list' })).toEqual({ ok: true, value: { articles: [], problems: [] } });
      expect(await deliver({ type: 'unlock/get', host: 'news.example.org' })).toEqual({ ok: true, value: true });
    });
  });
});
