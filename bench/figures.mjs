// The key-figures part of `npm run bench`: Pith's full pipeline on the labelled pages of
// tests/fixtures/figures/<case>/{page.html,labels.json}, scored against the labels (bench/figures-score.ts).
//
//   node bench/figures.mjs [--set tuning|heldout|all] [--verbose]
//
// Prints recall of importance-1 figures and of all labelled figures, the share of reported figures that are
// labelled non-key numbers, figures from outside the article, and figures reported and labelled per article.
// bench/run.mjs calls `benchFigures({ repoRoot, set })`. The TypeScript (bench/figures-entry.ts and the src/ it
// imports) is bundled with the Vite that WXT brings into bench/.build/figures.mjs (jsdom stays external) on
// each run, so the numbers are always for the current source.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildNodeBundle } from './build.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));

/** Whether a summary meets every target. */
export function meetsFigureTargets(summary, targets) {
  return (
    summary.recallImportance1 >= targets.recallImportance1 &&
    summary.recallAll >= targets.recallAll &&
    summary.nonKeyShare <= targets.nonKeyShare &&
    summary.outsideArticle <= targets.outsideArticle
  );
}

/**
 * Scores the key figures on the labelled set.
 * @param {{ repoRoot: string, set?: 'tuning' | 'heldout' | 'all' }} options
 *   `set`: the tuning cases (default), the held-out cases, or all.
 * @returns {Promise<{ summary: { cases: number, recallImportance1: number, recallAll: number, nonKeyShare: number,
 *   unlabelledShare: number, outsideArticle: number, figuresPerArticle: number, labelledPerArticle: number,
 *   importance1PerArticle: number, importance1InTop: number, topPrecision: number, medianMs: number, targetsMet: boolean,
 *   set: string },
 *   rows: Array<{ name: string, lang: string, heldOut: boolean, labelled: number, found: number, reported: number,
 *   nonKeyReported: number, unlabelledReported: number, outside: number, missed: Array<{ text: string, importance: number }>,
 *   figures: Array<{ text: string, rank: number, label?: string, notKey?: string, outside: boolean }>, ms: number }> }>}
 */
export async function benchFigures({ repoRoot, set = 'tuning' }) {
  const bundle = await buildNodeBundle('figures-entry.ts', 'figures.mjs');
  const mod = await import(`${pathToFileURL(bundle).href}?t=${Date.now()}`);
  const root = path.join(repoRoot, 'tests', 'fixtures', 'figures');
  const { summary, rows } = mod.runFigureBench({ root, extract: mod.extractArticle, set });
  return { summary: { ...summary, set, targetsMet: meetsFigureTargets(summary, mod.FIGURE_TARGETS) }, rows, targets: mod.FIGURE_TARGETS };
}

const f3 = (x) => x.toFixed(3);

/** The summary as printed lines. */
export function figureSummaryLines({ summary, targets }) {
  return [
    `key figures on ${summary.cases} labelled articles (${summary.set} set)`,
    `  recall, importance 1   ${f3(summary.recallImportance1)} (target ≥ ${targets.recallImportance1})`,
    `  recall, all labelled   ${f3(summary.recallAll)} (target ≥ ${targets.recallAll})`,
    `  non-key share          ${f3(summary.nonKeyShare)} (target ≤ ${targets.nonKeyShare})`,
    `  top 6: importance-1 found ${f3(summary.importance1InTop)}, labelled 1–2 ${f3(summary.topPrecision)}`,
    `  unlabelled share       ${f3(summary.unlabelledShare)}`,
    `  from outside article   ${summary.outsideArticle} (target ${targets.outsideArticle})`,
    `  per article: ${summary.figuresPerArticle.toFixed(1)} reported, ${summary.labelledPerArticle.toFixed(1)} labelled ` +
      `(${summary.importance1PerArticle.toFixed(1)} of importance 1)`,
    `  median pipeline time   ${summary.medianMs.toFixed(1)} ms`,
    `  targets ${summary.targetsMet ? 'met' : 'NOT met'}`,
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { set: { type: 'string', default: 'tuning' }, verbose: { type: 'boolean', default: false } } });
  const result = await benchFigures({ repoRoot: path.dirname(BENCH), set: values.set });
  const lines = figureSummaryLines(result);
  for (const row of result.rows) {
    const bad = row.figures.filter((f) => f.notKey !== undefined || f.outside || (values.verbose && !f.label));
    if (!row.missed.length && !bad.length && !row.error) continue;
    lines.push(`  ${row.name}: ${row.found}/${row.labelled} found, ${row.reported} reported${row.error ? `, error: ${row.error}` : ''}`);
    if (row.missed.length) lines.push(`    missed ${row.missed.map((m) => `${m.text} (${m.importance})`).join(' · ')}`);
    for (const f of bad) {
      const why = f.outside ? 'OUTSIDE' : f.notKey !== undefined ? `non-key "${f.notKey}"` : 'unlabelled';
      lines.push(`    reported #${f.rank} ${JSON.stringify(f.text)}: ${why}`);
    }
    if (values.verbose) lines.push(`    top: ${row.figures.slice(0, 6).map((f) => `${f.text}${f.label ? '' : ' (?)'}`).join(' · ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
