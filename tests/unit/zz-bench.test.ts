import { readFileSync, readdirSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { test } from 'vitest';
import { Readability } from '@mozilla/readability';
import { neutraliseProtection } from '../../src/unprotect';
import { removeFurniture } from '../../src/furniture';
test('bench', () => {
  const dir = '/work/shared/corpus/trafilatura-eval/pages/';
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => dir + f).sort((a, b) => statSync(b).size - statSync(a).size).slice(0, 12);
  let tR = 0, tU = 0, tF = 0;
  const found: Record<string, number> = {};
  for (const rep of [0, 1]) for (const f of files) {
    const html = readFileSync(f, 'utf8');
    const mk = () => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
    const d1 = mk(); let t = performance.now(); new Readability(d1).parse(); if (rep) tR += performance.now() - t;
    const d2 = mk(); t = performance.now(); neutraliseProtection(d2, (w, n = 1) => { if (rep) found[w] = (found[w] ?? 0) + n; }); if (rep) tU += performance.now() - t;
    t = performance.now(); removeFurniture(d2, (w, n = 1) => { if (rep) found['f:' + w] = (found['f:' + w] ?? 0) + n; }); if (rep) tF += performance.now() - t;
  }
  console.log({ readability: tR.toFixed(0), unprotect: tU.toFixed(0), furniture: tF.toFixed(0), found });
}, 300000);
