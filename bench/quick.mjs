#!/usr/bin/env node
// A quick look at quality while working: Pith alone (no Readability, no Defuddle, no diagnosis) on the
// human-labelled corpus, sharded over the machine's cores. Minutes instead of the full section's half hour;
// `npm run bench -- --only quality` stays the measure of record.
//
//   node bench/quick.mjs [--pages <glob>] [--limit N] [--jobs N] [--out FILE] [--compare FILE] [--no-build]
//
//   --out FILE      writes every page's counts, misses, leaks and a fingerprint of Pith's output (title, byline,
//                   date, text, related posts) to FILE (JSON).
//   --compare FILE  an earlier --out: lists the pages whose output changed, and how their score moved.
//                   A change meant to keep every output (a speed change) must list none.
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SELF = fileURLToPath(import.meta.url);

/** One shard, in a child process: every `jobs`-th page from `shard`. */
async function worker({ shard, jobs, select: sel }) {
  const { select, trafilaturaPages, withPage } = await import('./corpus.mjs');
  const { extractArticle, scorePage } = await import('./.build/node-entry.mjs');
  const pages = select(trafilaturaPages(), sel).filter((_, i) => i % jobs === shard);
  const rows = [];
  for (const page of pages) {
    rows.push(
      await withPage(page.file, page.url, (dom) => {
        let result;
        try {
          result = extractArticle(dom.window.document, { url: page.url, win: dom.window, now: new Date(0) });
        } catch (err) {
          result = { ok: false, reason: `threw ${err}` };
        }
        const text = result.ok ? result.article.text : null;
        const s = scorePage(text, page.annotation);
        const a = result.ok ? result.article : null;
        const print = a ? [a.title, a.byline, a.publishedTime, a.kicker, a.standfirst, a.text, JSON.stringify(a.related)] : [result.reason];
        return {
          name: page.name,
          tp: s.tp,
          fp: s.fp,
          fn: s.fn,
          tn: s.tn,
          missing: s.missing,
          leaked: s.leaked,
          error: result.ok ? null : result.reason,
          fingerprint: createHash('sha1').update(print.join('\u0000')).digest('hex').slice(0, 12),
        };
      }),
    );
  }
  process.send(rows);
}

function metrics(rows) {
  const c = rows.reduce((s, r) => ({ tp: s.tp + r.tp, fp: s.fp + r.fp, fn: s.fn + r.fn, tn: s.tn + r.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  return { ...c, precision: p, recall: r, f1: (2 * c.tp) / (2 * c.tp + c.fp + c.fn) };
}

async function main() {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string' },
      limit: { type: 'string' },
      jobs: { type: 'string', default: String(cpus().length) },
      out: { type: 'string' },
      compare: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  if (!values['no-build']) {
    const { buildNodeBundle, NODE_BUNDLE } = await import('./build.mjs');
    const path = await import('node:path');
    await buildNodeBundle('node-entry.ts', path.basename(NODE_BUNDLE));
  }
  const jobs = Number(values.jobs);
  const select = { pages: values.pages, limit: values.limit ? Number(values.limit) : undefined };
  const t = performance.now();
  const shards = await Promise.all(
    Array.from({ length: jobs }, (_, shard) => {
      const child = fork(SELF, ['--worker', JSON.stringify({ shard, jobs, select })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      return new Promise((resolve, reject) => {
        child.once('message', resolve);
        child.once('exit', (code) => code && reject(new Error(`shard ${shard} exited ${code}`)));
      });
    }),
  );
  const rows = shards.flat().sort((a, b) => a.name.localeCompare(b.name));
  const m = metrics(rows);
  const f = (x) => x.toFixed(4);
  console.log(
    `${rows.length} pages in ${((performance.now() - t) / 1000).toFixed(0)} s: F1 ${f(m.f1)}  P ${f(m.precision)}  R ${f(m.recall)}  ` +
      `TP ${m.tp} FP ${m.fp} FN ${m.fn} TN ${m.tn}; refused ${rows.filter((r) => r.error).length}`,
  );
  if (values.compare) {
    const before = new Map(JSON.parse(readFileSync(values.compare, 'utf8')).map((r) => [r.name, r]));
    const changed = rows.filter((r) => before.get(r.name)?.fingerprint !== r.fingerprint);
    const delta = (r) => {
      const b = before.get(r.name);
      return b ? `TP ${r.tp - b.tp >= 0 ? '+' : ''}${r.tp - b.tp} FP ${r.fp - b.fp >= 0 ? '+' : ''}${r.fp - b.fp}` : 'new';
    };
    console.log(`output changed on ${changed.length} page(s)`);
    for (const r of changed) console.log(`  ${r.name}: ${delta(r)}${r.error ? ` (${r.error})` : ''}`);
  }
  if (values.out) writeFileSync(values.out, JSON.stringify(rows, null, 1));
}

if (process.argv[2] === '--worker') worker(JSON.parse(process.argv[3]));
else
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
