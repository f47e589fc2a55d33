/**
 * Routes protocol requests to the library and the settings. Pure: the
 * background passes in both (over browser.storage.local) and a clock.
 */
import { isRequest, isWrite, type Request, type Response } from '../messages';
import type { Library } from './library';
import { createSerialQueue } from './queue';
import type { SettingsStore } from './settings';
import { fail, type Result, type UpgradeReport } from './types';

/** The answer to a message that is not a well-formed request. */
export const MALFORMED: Response = fail('error', 'Pith received a message it does not understand.');

/** What requests are run against: the reader's library and settings. */
export interface Stores {
  library: Library;
  settings: SettingsStore;
}

/** Runs one request against the stores. */
export async function handleRequest({ library: lib, settings }: Stores, req: Request, now: Date): Promise<Response> {
  switch (req.type) {
    case 'article/save':
      return lib.saveArticle(req.article, now);
    case 'article/get':
      return lib.getArticle(req.id);
    case 'article/find-by-url':
      return lib.findByUrl(req.url);
    case 'article/list':
      return lib.listArticles(req.limit);
    case 'article/delete':
      return lib.deleteArticle(req.id);
    case 'article/set-tags':
      return lib.setTags(req.id, req.tags);
    case 'article/restore':
      return lib.restoreArticle(req.article);
    case 'article/get-many':
      return lib.getArticles(req.ids);
    case 'article/import':
      return lib.importItems(req.articles, req.links);
    case 'link/save':
      return lib.saveLink(req.post, now, req.from);
    case 'link/save-many':
      return lib.saveLinks(req.posts, now, req.from);
    case 'link/list':
      return lib.listLinks();
    case 'link/delete':
      return lib.deleteLink(req.id);
    case 'link/set-read':
      return lib.setLinkRead(req.id, req.read);
    case 'unlock/get':
      return settings.alwaysUnlock(req.host);
    case 'unlock/set':
      return settings.setAlwaysUnlock(req.host, req.always);
    case 'ui/get-settings':
      return settings.uiSettings();
    case 'ui/set-settings':
      return settings.setUiSettings(req.settings);
  }
}

/** The background's entry point to storage. */
export interface Dispatcher {
  /** Checks and runs one incoming message; writes wait their turn in one queue. */
  handle(message: unknown): Promise<Response>;
  /** Queues the store upgrade (see Library.upgrade), ahead of any write that comes later. */
  upgrade(): Promise<Result<UpgradeReport>>;
}

/**
 * A dispatcher that serialises every write (and the upgrade) through one
 * promise queue, so saves from many popups at once lose nothing. Reads run
 * at once: they never write.
 */
export function createDispatcher(stores: Stores, clock: () => Date = () => new Date()): Dispatcher {
  const enqueue = createSerialQueue();
  return {
    handle(message) {
      if (!isRequest(message)) return Promise.resolve(MALFORMED);
      const now = clock();
      const run = () => handleRequest(stores, message, now);
      return isWrite(message) ? enqueue(run) : run();
    },
    upgrade: () => enqueue(() => stores.library.upgrade()),
  };
}
