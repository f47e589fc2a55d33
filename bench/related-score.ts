/**
 * Scoring of the related-posts stage against its golden fixtures
 * (tests/fixtures/related/<case>/expected.json): which posts were found, which
 * were missed, and how many of their fields (author, date, image, excerpt) agree.
 * Pure: no DOM, no files.
 */
import type { RelatedPost } from '../src/types';

/** A post as scored: the fields of RelatedPost. */
export type ScoredPost = RelatedPost;

/** The optional fields compared on matched posts. */
export const POST_FIELDS = ['author', 'date', 'image', 'excerpt'] as const;

/** How many optional fields the expected posts give, and how many of them were found equal. */
export interface FieldCounts {
  expected: number;
  correct: number;
}

/** The score of one page. */
export interface RelatedPageScore {
  /** Found posts that are expected (same URL and title). */
  tp: number;
  /** Found posts that are not expected. */
  fp: number;
  /** Expected posts that were not found. */
  fn: number;
  /** Titles of the expected posts not found. */
  missing: string[];
  /** Titles of the found posts not expected. */
  extra: string[];
  fields: FieldCounts;
}

/** Micro-averaged scores over pages. */
export interface RelatedSummary {
  /** Found posts that are right, over all found posts (1 when nothing was found). */
  precision: number;
  /** Expected posts that were found, over all expected posts (1 when nothing was expected). */
  recall: number;
  f1: number;
  /** Pages that expect no posts (traps) on which something was reported. */
  noBlockPagesWithReports: number;
  /** Pages scored, and how many of them expect no posts. */
  pages: number;
  noBlockPages: number;
  tp: number;
  fp: number;
  fn: number;
  /** Optional fields of matched posts that agree, over those the fixtures give. */
  fieldAccuracy: number;
}

/**
 * The identity of a post URL: without scheme, `www.`, hash and trailing slash
 * (the fixtures' URLs are already free of tracking parameters; a found URL with
 * one left in does not match).
 */
export function postKey(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

/** A title compared with runs of whitespace collapsed. */
function normTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

function sameFields(found: ScoredPost, expected: ScoredPost): FieldCounts {
  const given = POST_FIELDS.filter((field) => expected[field] !== undefined);
  return { expected: given.length, correct: given.filter((field) => found[field] === expected[field]).length };
}

/**
 * Scores the posts one page yielded against the posts it should yield. A found
 * post is right when an expected post has the same URL (see `postKey`) and the
 * same title; each expected post matches at most once, so a duplicate counts as
 * a false positive.
 */
export function scoreRelated(found: readonly ScoredPost[], expected: readonly ScoredPost[]): RelatedPageScore {
  const open = new Map(expected.map((post) => [`${postKey(post.url)}\n${normTitle(post.title)}`, post]));
  const fields: FieldCounts = { expected: 0, correct: 0 };
  const extra: string[] = [];
  let tp = 0;
  for (const post of found) {
    const key = `${postKey(post.url)}\n${normTitle(post.title)}`;
    const match = open.get(key);
    if (!match) {
      extra.push(post.title);
      continue;
    }
    open.delete(key);
    tp++;
    const counts = sameFields(post, match);
    fields.expected += counts.expected;
    fields.correct += counts.correct;
  }
  const missing = [...open.values()].map((post) => post.title);
  return { tp, fp: extra.length, fn: missing.length, missing, extra, fields };
}

/** A ratio, or `empty` when the denominator is 0. */
function ratio(part: number, whole: number, empty = 1): number {
  return whole === 0 ? empty : part / whole;
}

/** Micro-averages page scores; each page says how many posts it expects and how many were found. */
export function summariseRelated(
  pages: readonly { score: RelatedPageScore; expected: number; found: number }[],
): RelatedSummary {
  const sum = (pick: (page: (typeof pages)[number]) => number) => pages.reduce((total, page) => total + pick(page), 0);
  const tp = sum((p) => p.score.tp);
  const fp = sum((p) => p.score.fp);
  const fn = sum((p) => p.score.fn);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const noBlock = pages.filter((p) => p.expected === 0);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    noBlockPagesWithReports: noBlock.filter((p) => p.found > 0).length,
    pages: pages.length,
    noBlockPages: noBlock.length,
    tp,
    fp,
    fn,
    fieldAccuracy: ratio(
      sum((p) => p.score.fields.correct),
      sum((p) => p.score.fields.expected),
    ),
  };
}
