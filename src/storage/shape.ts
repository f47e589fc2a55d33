/**
 * Runtime shape checks for what comes out of storage and over the message
 * channel (both untrusted). Each shape is a table of field checks typed
 * against its interface, so a field added to the interface must be added here.
 */
import { isRecord } from '../record';
import type { Article, ArticleMeta, Figure, FigureKind, Removal, RelatedPost } from '../types';
import type { FigureSummary, IndexEntry, LinkSource, SavedArticle, SavedLink } from './types';

export { isRecord };

/** Checks one value. */
export type Check = (value: unknown) => boolean;

/** One check per field of `T`, optional fields included. */
type Spec<T> = { [K in keyof Required<T>]: Check };


/** Whether `value` is an object whose fields pass `spec`. */
export function matches(value: unknown, spec: Readonly<Record<string, Check>>): boolean {
  return isRecord(value) && Object.entries(spec).every(([key, check]) => check(value[key]));
}

/** A string. */
export const isString: Check = (v) => typeof v === 'string';
/** A boolean. */
export const isBoolean: Check = (v) => typeof v === 'boolean';
/** A finite number. */
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isNullableString: Check = (v) => v === null || typeof v === 'string';
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const arrayOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const shaped =
  (spec: Readonly<Record<string, Check>>): Check =>
  (v) =>
    matches(v, spec);

/** Every figure kind, so stored kinds can be checked at run time. */
const FIGURE_KINDS: Record<FigureKind, true> = {
  money: true,
  percent: true,
  quantity: true,
  count: true,
  range: true,
  target: true,
  ratio: true,
};

const FIGURE: Spec<Figure> = {
  text: isString,
  value: isNumber,
  valueMax: optional(isNumber),
  unit: isString,
  kind: (v) => typeof v === 'string' && Object.hasOwn(FIGURE_KINDS, v),
  measures: isString,
  year: optional(isNumber),
  sentence: isString,
  position: isNumber,
  mentions: isNumber,
  rank: isNumber,
};

const RELATED_POST: Spec<RelatedPost> = {
  url: isString,
  title: isString,
  author: optional(isString),
  date: optional(isString),
  image: optional(isString),
  excerpt: optional(isString),
};

const REMOVAL: Spec<Removal> = { stage: isString, what: isString, count: isNumber };

/** The checks of an article's metadata (also what the page part of the pipeline sends, src/pipeline/shape.ts). */
export const ARTICLE_META: Readonly<Spec<ArticleMeta>> = {
  url: isString,
  title: isString,
  byline: isNullableString,
  siteName: isNullableString,
  publishedTime: isNullableString,
  lang: isNullableString,
  dir: isNullableString,
  excerpt: isNullableString,
  kicker: optional(isString),
  standfirst: optional(isString),
};

const ARTICLE: Spec<Article> = {
  ...ARTICLE_META,
  html: isString,
  text: isString,
  wordCount: isNumber,
  readingMinutes: isNumber,
  figures: arrayOf(shaped(FIGURE)),
  related: arrayOf(shaped(RELATED_POST)),
  removals: arrayOf(shaped(REMOVAL)),
  extractedAt: isString,
};

const SAVED_ARTICLE: Spec<SavedArticle> = { ...ARTICLE, id: isString, savedAt: isString, tags: arrayOf(isString) };

const FIGURE_SUMMARY: Spec<FigureSummary> = { text: isString, measures: isString };

const INDEX_ENTRY: Spec<IndexEntry> = {
  id: isString,
  url: isString,
  title: isString,
  siteName: isNullableString,
  byline: isNullableString,
  savedAt: isString,
  readingMinutes: isNumber,
  wordCount: isNumber,
  topFigures: arrayOf(shaped(FIGURE_SUMMARY)),
  lang: isNullableString,
  tags: arrayOf(isString),
};

const SAVED_LINK: Spec<SavedLink> = {
  ...RELATED_POST,
  id: isString,
  savedAt: isString,
  fromUrl: optional(isString),
  fromTitle: optional(isString),
  read: isBoolean,
};

const LINK_SOURCE: Spec<LinkSource> = { url: isString, title: isString };

/** An Article (as extracted). */
export const isArticle = (v: unknown): v is Article => matches(v, ARTICLE);
/** A Removal. */
export const isRemoval = (v: unknown): v is Removal => matches(v, REMOVAL);
/** A RelatedPost. */
export const isRelatedPost = (v: unknown): v is RelatedPost => matches(v, RELATED_POST);
/** Where a link was found. */
export const isLinkSource = (v: unknown): v is LinkSource => matches(v, LINK_SOURCE);
/** A saved article, current schema. */
export const isSavedArticle = (v: unknown): v is SavedArticle => matches(v, SAVED_ARTICLE);
/** An index entry, current schema. */
export const isIndexEntry = (v: unknown): v is IndexEntry => matches(v, INDEX_ENTRY);
/** A saved link, current schema. */
export const isSavedLink = (v: unknown): v is SavedLink => matches(v, SAVED_LINK);
