// Where the injected script's time goes in real Chromium: a CPU profile of the page part (`readPage`, as
// entrypoints/extract.ts calls it) over a sample of corpus pages, summed by function. A developer's tool beside the
// speed benchmark (which says how much; this says where): the page part is bundled unminified so that functions
// keep their names, and run `reps` times on each page under the V8 sampling profiler (CDP `Profiler`).
//
//   node bench/profile.mjs [--sample 30] [--reps 5] [--top 40] [--inclusive] [--cold] [--bare]
//
// --cold evaluates the script anew for each run, as each click injects it (fresh closures, no type feedback: the
// interpreter's cost shows); by default it is defined once per page and run warm.
// --inclusive sums the time spent inside each function (callees included) instead of its own time.
// --lines NAME lists where in function NAME its own time goes, line by line.
// Line ticks of every function are saved in bench/.build/profile-lines.json (with the bundled code).
// --save DIR keeps each page's profile as DIR/<n>.cpuprofile (for DevTools).
// --bare profiles bare Readability (bench/browser-readability.ts) instead, for comparison.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveFixtures } from '../tests/e2e/harness.mjs';
import { buildIife } from './build.mjs';
import { CORPUS_ROOT } from './corpus.mjs';
import { corpusTab } from './corpus-tab.mjs';
import { speedPages } from './speed.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(BENCH, '.build');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const bare = args.includes('--bare');
const cold = args.includes('--cold');
const sampleSize = opt('sample', 30);
const reps = opt('reps', 5);
const top = opt('top', 40);
const saveArg = args.indexOf('--save');
const saveDir = saveArg >= 0 ? args[saveArg + 1] : null;

const ENTRY = path.join(OUT, 'profile-entry.ts');
const GLOBAL = 'PithProfile';
const entrySource = bare
  ? `export { readBare as run } from '../browser-readability';`
  : `import { readPage } from '../../src/pipeline/page';
import { liveStyleProbe } from '../../src/unprotect/live';
export const run = () => readPage(document, { url: location.href, styles: liveStyleProbe(window) });`;

mkdirSync(OUT, { recursive: true });
if (saveDir) mkdirSync(saveDir, { recursive: true });
writeFileSync(ENTRY, entrySource);
await buildIife(ENTRY, GLOBAL, 'profile.iife.js', { minify: false });
const code = readFileSync(path.join(OUT, 'profile.iife.js'), 'utf8');
const call = bare ? `${GLOBAL}.run(document)` : `${GLOBAL}.run()`;

/** Sampled ms per function: its own, and with its callees; own ticks per function and line. */
const self = new Map();
const inclusive = new Map();
const lines = new Map();
let total = 0;
const lineArg = args.indexOf('--lines');
const lineOf = lineArg >= 0 ? args[lineArg + 1] : null;

const pages = speedPages({}, sampleSize);
const server = await serveFixtures(CORPUS_ROOT);
const chromium = await launchChromium();
try {
  const { cdp, open } = await corpusTab(chromium, server);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  for (const [i, p] of pages.entries()) {
    const run = await open(p).catch(() => null);
    if (!run) continue;
    // Warm: the script defined once, run again and again. Cold: defined anew for each run, as each click injects it.
    const once = cold ? `${code};${call};0` : `${call};0`;
    if (!cold) await run(`${code};0`);
    await run(once); // warm-up
    await cdp.send('Profiler.start');
    for (let r = 0; r < reps; r++) await run(once);
    const { profile } = await cdp.send('Profiler.stop');
    addProfile(profile);
    if (saveDir) writeFileSync(path.join(saveDir, `${i}.cpuprofile`), JSON.stringify(profile));
    process.stderr.write(`\r${i + 1}/${pages.length}`);
  }
} finally {
  await chromium.close();
  await server.close();
}
process.stderr.write('\n');

/** Adds each node's self time (samples × interval) under "function file:line". */
function addProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const keyOf = (n) => n.callFrame.functionName || '(anonymous)';
  const dt = profile.timeDeltas;
  for (let k = 0; k < profile.samples.length; k++) {
    const node = byId.get(profile.samples[k]);
    const f = node.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    const where = f.url ? `${path.basename(f.url) || 'eval'}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`;
    const ms = (dt[k + 1] ?? dt[k]) / 1000;
    self.set(key, (self.get(key) ?? 0) + ms);
    total += ms;
    const onStack = new Set();
    for (let id = node.id; id !== undefined; id = parentOf.get(id)) onStack.add(keyOf(byId.get(id)));
    for (const k of onStack) inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
  }
  for (const n of profile.nodes) {
    for (const { line, ticks } of n.positionTicks ?? []) {
      const key = `${keyOf(n)}\t${line}`;
      lines.set(key, (lines.get(key) ?? 0) + ticks);
    }
  }
}

const byInclusive = args.includes('--inclusive');
const rows = [...(byInclusive ? inclusive : self).entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
const per = pages.length * reps;
console.log(`${bare ? 'bare Readability' : 'Pith page part'}: ${(total / per).toFixed(2)} ms sampled per run (${pages.length} pages × ${reps})`);
for (const [k, ms] of rows) console.log(`${(ms / per).toFixed(3).padStart(7)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`);

writeFileSync(path.join(OUT, 'profile-lines.json'), JSON.stringify({ code, lines: [...lines.entries()] }));
if (lineOf) {
  const src = code.split('\n');
  const ticks = [...lines.entries()]
    .filter(([k]) => k.split('\t')[0] === lineOf)
    .map(([k, n]) => [Number(k.split('\t')[1]), n])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25);
  const sum = ticks.reduce((t, [, n]) => t + n, 0) || 1;
  console.log(`\nself ticks by line in ${lineOf}:`);
  for (const [line, n] of ticks) console.log(`${String(n).padStart(6)} ${((100 * n) / sum).toFixed(1).padStart(5)}%  ${line}: ${src[line - 1]?.trim().slice(0, 110)}`);
}
