#!/usr/bin/env node
// `npm run bench`: extraction quality, speed and size of Pith against bare Readability and Defuddle, in one run.
//
//   node --expose-gc bench/run.mjs [--only quality,readability,speed,chromium,size] [--limit N] [--pages <glob>]
//                                  [--reps N] [--sample N] [--no-build] [--out DIR]
//
//   --only      sections to run (comma-separated; default all). quality: trafilatura-eval human labels;
//               readability: agreement with readability-pages; speed: Node/jsdom; chromium: real Chromium;
//               size: the shipped bundles. library: 10,000 saved articles in real Chromium (bench/library.mjs;
//               --limit N sets the number of articles instead).
//   --limit N   at most N pages of each corpus (after --pages).
//   --pages G   only pages whose name (trafilatura file name or readability-pages folder) matches glob G.
//   --reps N    timing rounds per page (default 3).
//   --sample N  trafilatura pages sampled for speed and chromium (default 200 and 100; readability-pages: all).
//   --no-build  use the existing .output/chrome-mv3 build (default: `wxt build` first when chromium or size runs).
//   --out DIR   where reports go (default bench-results/).
//
// Writes bench-results/bench-<time>.json and .md (and latest.json / latest.md) and prints the summary table.
// Progress goes to stderr.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBench } from './build.mjs';
import { REPO_ROOT, installedVersion } from './corpus.mjs';

const SECTIONS = ['size', 'readability', 'speed', 'chromium', 'quality', 'figures', 'related', 'library'];

function options() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      limit: { type: 'string' },
      pages: { type: 'string' },
      reps: { type: 'string' },
      sample: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      out: { type: 'string', default: path.join(REPO_ROOT, 'bench-results') },
    },
  });
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : SECTIONS;
  const unknown = only.filter((s) => !SECTIONS.includes(s));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')} (one of ${SECTIONS.join(', ')})`);
  const int = (v) => (v === undefined ? undefined : Number.parseInt(v, 10));
  return {
    only: SECTIONS.filter((s) => only.includes(s)),
    select: { limit: int(values.limit), pages: values.pages },
    reps: int(values.reps),
    sample: int(values.sample),
    build: !values['no-build'],
    out: path.resolve(values.out),
  };
}

/** Read-only facts about the run. */
function environment() {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  return {
    command: ['bench/run.mjs', ...process.argv.slice(2)].join(' '),
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    dirty: git('status', '--porcelain', '--', 'src', 'entrypoints') !== '',
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
    node: process.version,
    jsdom: installedVersion('jsdom'),
    readability: installedVersion('@mozilla/readability'),
    defuddle: installedVersion('defuddle'),
  };
}

/** Builds the shipped extension (its output goes to stderr, not into the summary). */
function buildExtension() {
  process.stderr.write('[bench] wxt build\n');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error('wxt build failed');
}

async function main() {
  const opts = options();
  await buildBench();
  if (opts.build && opts.only.some((s) => s === 'chromium' || s === 'size' || s === 'library')) buildExtension();
  // The sections import the bundle bench/.build/node-entry.mjs, so they load after it is built.
  const { writeReports, summaryTable } = await import('./report.mjs');
  const run = {
    size: async () => (await import('./size.mjs')).runSize(),
    readability: async () => (await import('./agreement.mjs')).runAgreement(opts.select),
    speed: async () => (await import('./speed.mjs')).runSpeed({ ...opts.select, reps: opts.reps, sample: opts.sample }),
    chromium: async () => (await import('./chromium.mjs')).runChromium({ ...opts.select, reps: opts.reps, sample: opts.sample }),
    quality: async () => (await import('./quality.mjs')).runQuality(opts.select),
    figures: async () => {
      const m = await import('./figures.mjs');
      return {
        tuning: await m.benchFigures({ repoRoot: REPO_ROOT, set: 'tuning' }),
        heldout: await m.benchFigures({ repoRoot: REPO_ROOT, set: 'heldout' }),
      };
    },
    related: async () => (await import('./related.mjs')).benchRelated({ repoRoot: REPO_ROOT }),
    library: async () => (await import('./library.mjs')).runLibrary({ count: opts.select.limit, reps: opts.reps }),
  };
  const results = { startedAt: new Date().toISOString(), env: environment() };
  let files;
  for (const section of opts.only) {
    const t = performance.now();
    results[section] = await run[section]();
    process.stderr.write(`[bench] ${section} done in ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
    files = writeReports(results, opts.out);
  }
  process.stdout.write(`${summaryTable(results)}\n\nReports: ${path.relative(process.cwd(), files.md)} and .json\n`);
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : err}\n`);
  process.exitCode = 1;
});
