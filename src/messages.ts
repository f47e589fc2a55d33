/**
 * The one message protocol between Pith's pages (the popup) and the
 * background, which owns all storage writes. Each request type maps to the
 * type of its response's value; every response is a Result.
 *
 * Messages are untrusted input: the background accepts them only from the
 * extension's own pages and checks their shape with `isRequest`.
 */
import {
  isArticle,
  isBoolean,
  isLinkSource,
  isRecord,
  isRelatedPost,
  isSavedArticle,
  isSavedLink,
  isString,
  matches,
  type Check,
} from './storage/shape';
import { isUiSettingsPatch, type UiSettings } from './storage/settings';
import type {
  ArticleBatch,
  ArticleList,
  ImportReport,
  IndexEntry,
  LinkList,
  LinkSource,
  Result,
  SavedArticle,
  SavedLink,
} from './storage/types';
import type { Article, RelatedPost } from './types';

/** Each request type: its fields, the value of a successful response, and whether it writes. */
interface Protocol {
  'article/save': { fields: { article: Article }; value: IndexEntry };
  'article/get': { fields: { id: string }; value: SavedArticle };
  'article/find-by-url': { fields: { url: string }; value: IndexEntry | null };
  /** The saved articles, newest first; with `limit`, only the first `limit` of them and their `total`. */
  'article/list': { fields: { limit?: number }; value: ArticleList };
  'article/delete': { fields: { id: string }; value: null };
  /** Replaces an article's tags; answers its index entry, which carries them. */
  'article/set-tags': { fields: { id: string; tags: string[] }; value: IndexEntry };
  /** Undo of a delete: puts the article back as it was (time of saving and tags kept). */
  'article/restore': { fields: { article: SavedArticle }; value: IndexEntry };
  /** Up to MAX_ARTICLES_PER_REQUEST articles in full (for export); the unreadable ones named in `problems`. */
  'article/get-many': { fields: { ids: string[] }; value: ArticleBatch };
  /** Merges up to MAX_ARTICLES_PER_REQUEST articles and MAX_LINKS_PER_IMPORT links from an export. */
  'article/import': { fields: { articles: SavedArticle[]; links?: SavedLink[] }; value: ImportReport };
  'link/save': { fields: { post: RelatedPost; from?: LinkSource }; value: SavedLink };
  /** "Save all": several related posts in one write. */
  'link/save-many': { fields: { posts: RelatedPost[]; from?: LinkSource }; value: SavedLink[] };
  'link/list': { fields: Record<never, never>; value: LinkList };
  'link/delete': { fields: { id: string }; value: null };
  'link/set-read': { fields: { id: string; read: boolean }; value: SavedLink };
  /** Whether the page is unlocked whenever the popup opens on this site. */
  'unlock/get': { fields: { host: string }; value: boolean };
  /** Turns "always unlock" on or off for a site; answers the new value. */
  'unlock/set': { fields: { host: string; always: boolean }; value: boolean };
  /** The display settings (theme) shared by Pith's pages. */
  'ui/get-settings': { fields: Record<never, never>; value: UiSettings };
  /** Changes some display settings; answers all of them. */
  'ui/set-settings': { fields: { settings: Partial<UiSettings> }; value: UiSettings };
}

/** The name of a request. */
export type RequestType = keyof Protocol;

/** Any request the background understands. */
export type Request = { [K in RequestType]: { type: K } & Protocol[K]['fields'] }[RequestType];

/** The response to request `R`. */
export type ResponseFor<R extends Request> = Result<Protocol[R['type']]['value']>;

/** Any response. */
export type Response = ResponseFor<Request>;

/** The longest id a request may carry (ids are short hashes or UUIDs). */
export const MAX_ID_LENGTH = 100;

const isId: Check = (v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH;

/** The most posts one `link/save-many` request may carry. */
export const MAX_LINKS_PER_SAVE = 100;

const isPostList: Check = (v) => Array.isArray(v) && v.length > 0 && v.length <= MAX_LINKS_PER_SAVE && v.every(isRelatedPost);
const isOptionalSource: Check = (v) => v === undefined || isLinkSource(v);

/** The most articles one `article/get-many` or `article/import` request may carry. */
export const MAX_ARTICLES_PER_REQUEST = 200;

/** The most links one `article/import` request may carry. */
export const MAX_LINKS_PER_IMPORT = 500;

/** The most tags, and the longest tag, a request may carry (the library keeps fewer, see normalTags). */
const MAX_REQUEST_TAGS = 100;
const MAX_REQUEST_TAG_LENGTH = 200;

const listOf =
  (check: Check, min: number, max: number): Check =>
  (v) =>
    Array.isArray(v) && v.length >= min && v.length <= max && v.every(check);
const isTagList = listOf((v) => typeof v === 'string' && v.length <= MAX_REQUEST_TAG_LENGTH, 0, MAX_REQUEST_TAGS);
const isStoredArticle: Check = (v) => isSavedArticle(v) && isId(v.id);

/** The longest host name a request may carry (DNS names are at most 253 characters). */
export const MAX_HOST_LENGTH = 253;

const isHost: Check = (v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_HOST_LENGTH;

/** How to check a request of type K, and whether it writes (writes are run one at a time). */
interface RequestRule<K extends RequestType> {
  fields: { [F in keyof Required<Protocol[K]['fields']>]: Check };
  writes: boolean;
}

/** The rule for every request type. */
const REQUESTS: { [K in RequestType]: RequestRule<K> } = {
  'article/save': { fields: { article: isArticle }, writes: true },
  'article/get': { fields: { id: isId }, writes: false },
  'article/find-by-url': { fields: { url: isString }, writes: false },
  'article/list': { fields: { limit: (v) => v === undefined || (Number.isInteger(v) && (v as number) > 0) }, writes: false },
  'article/delete': { fields: { id: isId }, writes: true },
  'article/set-tags': { fields: { id: isId, tags: isTagList }, writes: true },
  'article/restore': { fields: { article: isStoredArticle }, writes: true },
  'article/get-many': { fields: { ids: listOf(isId, 1, MAX_ARTICLES_PER_REQUEST) }, writes: false },
  'article/import': {
    fields: {
      articles: listOf(isStoredArticle, 0, MAX_ARTICLES_PER_REQUEST),
      links: (v) => v === undefined || listOf(isSavedLink, 0, MAX_LINKS_PER_IMPORT)(v),
    },
    writes: true,
  },
  'link/save': { fields: { post: isRelatedPost, from: isOptionalSource }, writes: true },
  'link/save-many': { fields: { posts: isPostList, from: isOptionalSource }, writes: true },
  'link/list': { fields: {}, writes: false },
  'link/delete': { fields: { id: isId }, writes: true },
  'link/set-read': { fields: { id: isId, read: isBoolean }, writes: true },
  'unlock/get': { fields: { host: isHost }, writes: false },
  'unlock/set': { fields: { host: isHost, always: isBoolean }, writes: true },
  'ui/get-settings': { fields: {}, writes: false },
  'ui/set-settings': { fields: { settings: isUiSettingsPatch }, writes: true },
};

/** Whether an incoming message is a well-formed request. */
export function isRequest(message: unknown): message is Request {
  if (!isRecord(message) || typeof message.type !== 'string' || !Object.hasOwn(REQUESTS, message.type)) return false;
  return matches(message, REQUESTS[message.type as RequestType].fields);
}

/** Whether a request changes storage. */
export function isWrite(request: Request): boolean {
  return REQUESTS[request.type].writes;
}

/** Whether a response has the shape of a Result. */
export function isResponse(message: unknown): message is Response {
  return isRecord(message) && typeof message.ok === 'boolean';
}

/** What the background knows about a message's sender (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
}

/**
 * Whether a message comes from one of the extension's own pages: sent by this
 * extension, from a page under its own base URL (`runtime.getURL('/')`).
 * Scripts running in web pages — even this extension's injected one — carry
 * the page's URL and are refused.
 */
export function isOwnPage(sender: Sender, extensionId: string, extensionBase: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionBase);
}
