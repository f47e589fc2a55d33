// The related-posts part of `npm run bench`: precision and recall of the related-posts stage on the golden
// fixtures (tests/fixtures/related/<case>/{page.html,expected.json}), and how many no-block (trap) pages
// had something reported.
//
//   node bench/related.mjs            prints the summary and the pages with errors
//
// bench/run.mjs calls `benchRelated({ repoRoot })`. The TypeScript (bench/related-fixtures.ts and the src/ it
// imports) is bundled here with the Vite that WXT brings, into bench/.build/related.mjs (jsdom stays external),
// each run, so the numbers are always for the current source.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildNodeBundle } from './build.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));

/** Targets (for information: the summary says whether they are met). */
export const RELATED_TARGETS = { precision: 0.95, recall: 0.9, noBlockPagesWithReports: 0 };

/** Whether the summary meets every target. */
export function meetsRelatedTargets(summary) {
  return (
    summary.precision >= RELATED_TARGETS.precision &&
    summary.recall >= RELATED_TARGETS.recall &&
    summary.noBlockPagesWithReports <= RELATED_TARGETS.noBlockPagesWithReports
  );
}

/**
 * Scores the related-posts stage on every fixture.
 * @param {{ repoRoot: string }} options
 * @returns {Promise<{ summary: { precision: number, recall: number, f1: number, noBlockPagesWithReports: number,
 *   pages: number, noBlockPages: number, tp: number, fp: number, fn: number, fieldAccuracy: number, targetsMet: boolean },
 *   rows: Array<{ name: string, expected: number, found: number, ms: number,
 *   score: { tp: number, fp: number, fn: number, missing: string[], extra: string[], fields: { expected: number, correct: number } } }> }>}
 */
export async function benchRelated({ repoRoot }) {
  const bundle = await buildNodeBundle('related-fixtures.ts', 'related.mjs');
  const { runRelatedFixtures } = await import(`${pathToFileURL(bundle).href}?t=${Date.now()}`);
  const { summary, rows } = runRelatedFixtures(repoRoot);
  return { summary: { ...summary, targetsMet: meetsRelatedTargets(summary) }, rows };
}

const f3 = (x) => x.toFixed(3);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { summary, rows } = await benchRelated({ repoRoot: path.dirname(BENCH) });
  const lines = [
    `related posts on ${summary.pages} fixture pages (${summary.noBlockPages} without a related block)`,
    `  precision ${f3(summary.precision)} (target ≥ ${RELATED_TARGETS.precision})`,
    `  recall    ${f3(summary.recall)} (target ≥ ${RELATED_TARGETS.recall})`,
    `  F1        ${f3(summary.f1)}`,
    `  no-block pages with reports: ${summary.noBlockPagesWithReports} (target ${RELATED_TARGETS.noBlockPagesWithReports})`,
    `  fields (author, date, image, excerpt) right: ${f3(summary.fieldAccuracy)}`,
    `  targets ${summary.targetsMet ? 'met' : 'NOT met'}`,
    ...rows
      .filter((row) => row.score.fp || row.score.fn)
      .map((row) => `  ${row.name}: missing ${JSON.stringify(row.score.missing)}, extra ${JSON.stringify(row.score.extra)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
