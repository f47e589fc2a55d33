/**
 * scripts/vendor-patches.mjs: Readability and DOMPurify build nodes instead of
 * assigning innerHTML. The patched libraries must behave exactly as the
 * originals on real pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { applyVendorPatches, VENDOR_PATCHES } from '../../scripts/vendor-patches.mjs';

const require = createRequire(import.meta.url);
const readabilityFile = require.resolve('@mozilla/readability/Readability.js');

/** Evaluates Readability.js (a CommonJS file) as published or as the build patches it. */
function loadReadability(patched: boolean): typeof ReadabilityClass {
  const source = readFileSync(readabilityFile, 'utf8');
  const code = patched ? applyVendorPatches(source, readabilityFile) : source;
  const module = { exports: {} as unknown };
  new Function('module', code)(module);
  return module.exports as typeof ReadabilityClass;
}
const Original = loadReadability(false);
const Patched = loadReadability(true);

const dompurifyDist = join(require.resolve('dompurify'), '..');
const libraries = {
  readability: readabilityFile,
  dompurifyEs: join(dompurifyDist, 'purify.es.mjs'),
  dompurifyCjs: join(dompurifyDist, 'purify.cjs.js'),
};

describe('vendor patches', () => {
  it.each(Object.entries(libraries))('apply to the installed %s, leaving no innerHTML assignment', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    const patched = applyVendorPatches(code, file);
    const relevant = VENDOR_PATCHES.filter((p) => p.file.test(file));
    expect(relevant.length).toBeGreaterThan(0);
    for (const p of relevant) expect(patched).not.toContain(p.find);
    expect(patched).not.toMatch(/\.innerHTML\s*=[^=]/);
  });

  it('fail loudly when a library no longer has the patched line', () => {
    expect(() => applyVendorPatches('var x = 1;', libraries.readability)).toThrow(/vendor patch failed/);
  });

  it('change the Readability under test (and only the patched one)', () => {
    const grab = (R: typeof ReadabilityClass) => String((R.prototype as unknown as { _grabArticle: unknown })._grabArticle);
    expect(grab(Patched)).toContain('replaceChildren(...pageCacheHtml.cloneNode(true).childNodes)');
    expect(grab(Original)).toContain('page.innerHTML = pageCacheHtml');
  });

  const pages = join(__dirname, '..', 'fixtures', 'pages');
  const cases = readdirSync(pages).filter((name) => !name.startsWith('.'));
  // Pages that make Readability retry (not-article, short pages) exercise the restored-page path.
  it.each(cases)('patched Readability reads %s exactly as the original', (name) => {
    const html = readFileSync(join(pages, name, 'index.html'), 'utf8');
    const read = (R: typeof Patched) => {
      const dom = new JSDOM(html, { url: 'http://127.0.0.1/page.html', virtualConsole: new VirtualConsole() });
      const result = new R(dom.window.document).parse();
      dom.window.close();
      return result;
    };
    expect(read(Patched)).toEqual(read(Original));
  });
});
