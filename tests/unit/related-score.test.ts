/**
 * The related-posts score (bench/related-score.ts) and the targets on the
 * golden fixture set (tests/fixtures/related/), measured the way
 * `npm run bench` measures them (bench/related-fixtures.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRelatedFixtures } from '../../bench/related-fixtures';
import { postKey, scoreRelated, summariseRelated } from '../../bench/related-score';

const A = { url: 'https://a.example/2024/one/', title: 'The first story', author: 'Ann', date: '2024-05-01' };
const B = { url: 'https://a.example/2024/two/', title: 'The second story' };
const C = { url: 'https://a.example/2024/three/', title: 'The third story', image: 'https://a.example/3.jpg' };

describe('scoreRelated', () => {
  it('counts a post right when its URL and title match', () => {
    const score = scoreRelated([A, B], [A, B, C]);
    expect(score).toMatchObject({ tp: 2, fp: 0, fn: 1, missing: ['The third story'], extra: [] });
  });

  it('matches URLs without scheme, www and trailing slash, and titles with whitespace collapsed', () => {
    const found = [{ url: 'http://www.a.example/2024/one', title: ' The  first\nstory ' }];
    expect(scoreRelated(found, [A])).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a wrong title, a left-in tracking parameter and a duplicate as errors', () => {
    const found = [
      { url: A.url, title: 'Archive' },
      { url: `${B.url}?utm_source=x`, title: B.title },
      C,
      C,
    ];
    expect(scoreRelated(found, [A, B, C])).toMatchObject({
      tp: 1,
      fp: 3,
      fn: 2,
      extra: ['Archive', 'The second story', 'The third story'],
    });
  });

  it('compares the optional fields of matched posts', () => {
    const found = [{ ...A, author: 'Someone else' }, C];
    expect(scoreRelated(found, [A, C]).fields).toStrictEqual({ expected: 3, correct: 2 });
  });

  it('keys URLs and leaves non-URLs as they are', () => {
    expect(postKey('https://www.a.example/x/?id=1#top')).toBe('a.example/x?id=1');
    expect(postKey(' not a url ')).toBe('not a url');
  });
});

describe('summariseRelated', () => {
  it('micro-averages and counts no-block pages with reports', () => {
    const pages = [
      { score: scoreRelated([A, B], [A, B, C]), expected: 3, found: 2 },
      { score: scoreRelated([C], []), expected: 0, found: 1 },
      { score: scoreRelated([], []), expected: 0, found: 0 },
    ];
    const summary = summariseRelated(pages);
    expect(summary).toMatchObject({ tp: 2, fp: 1, fn: 1, pages: 3, noBlockPages: 2, noBlockPagesWithReports: 1 });
    expect(summary.precision).toBeCloseTo(2 / 3);
    expect(summary.recall).toBeCloseTo(2 / 3);
    expect(summary.f1).toBeCloseTo(2 / 3);
  });

  it('is perfect on nothing expected and nothing found', () => {
    expect(summariseRelated([{ score: scoreRelated([], []), expected: 0, found: 0 }])).toMatchObject({
      precision: 1,
      recall: 1,
      noBlockPagesWithReports: 0,
    });
  });
});

describe('the fixture set', () => {
  const { summary, rows } = runRelatedFixtures(join(__dirname, '..', '..'));

  it('has at least 15 layouts with related posts and 8 pages without', () => {
    expect(summary.pages - summary.noBlockPages).toBeGreaterThanOrEqual(15);
    expect(summary.noBlockPages).toBeGreaterThanOrEqual(8);
    expect(rows).toHaveLength(summary.pages);
  });

  it('meets the targets: precision ≥ 0.95, recall ≥ 0.90, nothing reported on no-block pages', () => {
    const errors = rows.filter((row) => row.score.fp || row.score.fn).map((row) => ({ name: row.name, ...row.score }));
    expect(summary.precision, JSON.stringify(errors)).toBeGreaterThanOrEqual(0.95);
    expect(summary.recall, JSON.stringify(errors)).toBeGreaterThanOrEqual(0.9);
    expect(summary.noBlockPagesWithReports).toBe(0);
  });
});
