/**
 * The run-time shape check of what the page part of the pipeline returns.
 * It crosses from the reader's tab (where the page's own code runs beside the
 * injected script) to the extension page, so it is untrusted input: the
 * finish part uses it only once it has this shape. Field checks are typed
 * against the interfaces, as in src/storage/shape.ts.
 */
import { ARTICLE_META, isRecord, isRelatedPost, isRemoval, isString, matches, type Check } from '../storage/shape';
import type { ExtractFailure, PageArticle, PageResult } from '../types';
import { FAILURE_MESSAGES } from './failures';

/** One check per field of `T`, optional fields included. */
type Spec<T> = { [K in keyof Required<T>]: Check };

const isCount: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const listOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);

const PAGE_ARTICLE: Spec<PageArticle> = {
  ...ARTICLE_META,
  content: isString,
  related: listOf(isRelatedPost),
  removals: listOf(isRemoval),
};

const FAILURE: Spec<ExtractFailure> = {
  ok: (v) => v === false,
  reason: (v) => typeof v === 'string' && Object.hasOwn(FAILURE_MESSAGES, v),
  message: isString,
  detail: (v) => v === undefined || isString(v),
};

/** Step timings: absent, or a record of finite numbers. */
const isTimings: Check = (v) => v === undefined || (isRecord(v) && Object.values(v).every(isCount));

/** Whether `value` is a {@link PageResult}: a page article or a failure, with optional timings. */
export function isPageResult(value: unknown): value is PageResult {
  if (!isRecord(value) || !isTimings(value.timings)) return false;
  return value.ok === true ? matches(value.page, PAGE_ARTICLE) : matches(value, FAILURE);
}
