// A/B of the page part in real Chromium: this checkout's `readPage` against another checkout's (a git worktree of
// the commit to compare with), on the same pages, in the same browser, in alternating order. For a change meant to
// speed Pith up without changing what it reads: it says how much faster (median per page, and per stage) and on which
// pages the output differs.
//
//   git worktree add /tmp/pith-base HEAD && ln -s "$PWD/node_modules" /tmp/pith-base/
//   node bench/ab.mjs --base /tmp/pith-base [--sample 30] [--limit 40] [--reps 5]
//
// Each tree's page part is bundled and minified as the injected script is (entrypoints/extract.ts's call), and
// evaluated, start-up included, in a fresh isolated world per round, as bench/chromium.mjs does.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium, serveFixtures } from '../tests/e2e/harness.mjs';
import { buildIife } from './build.mjs';
import { CORPUS_ROOT } from './corpus.mjs';
import { corpusTab } from './corpus-tab.mjs';
import { speedPages } from './speed.mjs';
import { median, medianRecord } from './stats.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { base: { type: 'string' }, sample: { type: 'string' }, limit: { type: 'string' }, reps: { type: 'string' } },
});
if (!values.base) throw new Error('--base <checkout> is required');
const reps = Number(values.reps ?? 5);

/** Bundles `readPage` of the checkout at `root` into one minified IIFE expression. */
async function bundle(root, name) {
  const outDir = path.join(BENCH, '.build', `ab-${name}`);
  mkdirSync(outDir, { recursive: true });
  const entry = path.join(root, 'bench', `.ab-entry-${name}.ts`);
  writeFileSync(
    entry,
    `import { readPage } from '../src/pipeline/page';
import { liveStyleProbe } from '../src/unprotect/live';
export const run = () => readPage(document, { url: location.href, styles: liveStyleProbe(window) });`,
  );
  await buildIife(entry, 'PithAB', 'ab.js', { root, outDir });
  const code = readFileSync(path.join(outDir, 'ab.js'), 'utf8').trim();
  return `(() => { const t0 = performance.now(); ${code}; const t1 = performance.now(); const r = PithAB.run(); const t2 = performance.now();
    const timings = { ...r.timings, 'script start': t1 - t0 };
    timings.rest = t2 - t1 - Object.values(r.timings ?? {}).reduce((a, b) => a + b, 0);
    return { ms: t2 - t0, timings, ok: r.ok, content: r.ok ? r.page.content + '\\u0000' + JSON.stringify(r.page.related) : r.error };
  })()`;
}

const scripts = { base: await bundle(path.resolve(values.base), 'base'), new: await bundle(path.dirname(BENCH), 'new') };
const pages = speedPages({ limit: values.limit ? Number(values.limit) : undefined }, Number(values.sample ?? 30));
const server = await serveFixtures(CORPUS_ROOT);
const chromium = await launchChromium();
const rows = [];
try {
  const { open, world } = await corpusTab(chromium, server);
  for (const [i, p] of pages.entries()) {
    if (!(await open(p).catch(() => null))) continue;
    const run = async (which) => (await world())(scripts[which]).catch((err) => ({ ms: Number.NaN, timings: {}, content: String(err) }));
    const got = { base: [], new: [] };
    await run('base');
    await run('new');
    for (let r = 0; r < reps; r++) {
      const order = (i + r) % 2 === 0 ? ['base', 'new'] : ['new', 'base'];
      for (const which of order) got[which].push(await run(which));
    }
    const hash = (s) => createHash('sha1').update(String(s)).digest('hex').slice(0, 10);
    rows.push({
      name: p.name,
      base: median(got.base.map((x) => x.ms)),
      new: median(got.new.map((x) => x.ms)),
      stages: { base: medianRecord(got.base.map((x) => x.timings)), new: medianRecord(got.new.map((x) => x.timings)) },
      same: hash(got.base[0]?.content) === hash(got.new[0]?.content),
    });
    process.stderr.write(`\r${i + 1}/${pages.length}`);
  }
} finally {
  await chromium.close();
  await server.close();
}
process.stderr.write('\n');

const b = median(rows.map((r) => r.base));
const n = median(rows.map((r) => r.new));
console.log(`${rows.length} pages × ${reps}: page part median base ${b.toFixed(2)} ms, new ${n.toFixed(2)} ms, new/base ${(n / b).toFixed(3)}`);
console.log(`median of per-page ratios: ${median(rows.map((r) => r.new / r.base)).toFixed(3)}`);
const stageKeys = [...new Set(rows.flatMap((r) => Object.keys(r.stages.new)))];
for (const k of stageKeys) {
  const sb = median(rows.map((r) => r.stages.base[k] ?? 0));
  const sn = median(rows.map((r) => r.stages.new[k] ?? 0));
  console.log(`  ${k.padEnd(12)} base ${sb.toFixed(2).padStart(6)}  new ${sn.toFixed(2).padStart(6)}`);
}
const changed = rows.filter((r) => !r.same).map((r) => r.name);
console.log(`output differs on ${changed.length} pages${changed.length ? `: ${changed.join(', ')}` : ''}`);
