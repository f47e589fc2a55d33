/**
 * Runs the related-posts stage (collectRelated, as the pipeline calls it) on
 * every golden fixture under tests/fixtures/related/ and scores it with
 * bench/related-score.ts. Used by `npm run bench` (bundled by bench/related.mjs)
 * and by tests/unit/related-score.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { collectRelated } from '../src/related';
import type { RelatedPost } from '../src/types';
import { scoreRelated, summariseRelated, type RelatedPageScore, type RelatedSummary } from './related-score';

/** Where the fixtures live, relative to the repository root. */
export const RELATED_FIXTURES = join('tests', 'fixtures', 'related');

/** One fixture: its folder name, page and expectation. */
export interface RelatedFixture {
  name: string;
  html: string;
  url: string;
  related: RelatedPost[];
}

/** One scored page. */
export interface RelatedRow {
  name: string;
  /** How many posts the fixture expects and how many were found. */
  expected: number;
  found: number;
  score: RelatedPageScore;
  /** Time collectRelated took on the page, in milliseconds. */
  ms: number;
}

/** The fixtures under `<repoRoot>/tests/fixtures/related/`, by folder name. */
export function readRelatedFixtures(repoRoot: string): RelatedFixture[] {
  const dir = join(repoRoot, RELATED_FIXTURES);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'expected.json')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as {
        url: string;
        related: RelatedPost[];
      };
      const html = readFileSync(join(dir, name, 'page.html'), 'utf8');
      return { name, html, url: expected.url, related: expected.related };
    });
}

/** Runs collectRelated on one fixture page (a fresh document, scripts off) and scores it. */
export function runRelatedFixture(fixture: RelatedFixture): RelatedRow {
  const dom = new JSDOM(fixture.html, { url: fixture.url, virtualConsole: new VirtualConsole() });
  try {
    const start = performance.now();
    const found = collectRelated(dom.window.document, fixture.url, () => {});
    const ms = performance.now() - start;
    return {
      name: fixture.name,
      expected: fixture.related.length,
      found: found.length,
      score: scoreRelated(found, fixture.related),
      ms,
    };
  } finally {
    dom.window.close();
  }
}

/** Every fixture, scored, with the micro-averaged summary. */
export function runRelatedFixtures(repoRoot: string): { summary: RelatedSummary; rows: RelatedRow[] } {
  const rows = readRelatedFixtures(repoRoot).map(runRelatedFixture);
  return { summary: summariseRelated(rows), rows };
}
