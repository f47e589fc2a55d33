// Size of the shipped Chromium build: the injected script, the popup and the background, raw and gzip (level 9).
// A bundle counts the chunks its scripts import (shared chunks count in full for each bundle that loads them).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD } from '../tests/e2e/harness.mjs';

/** The target for the injected script, gzip bytes. */
export const INJECTED_TARGET_GZIP = 45 * 1024;

/** The bundles measured: name → files (relative to the build) that make it up; a RegExp matches a hashed chunk name. */
const BUNDLES = {
  'injected script (extract.js)': ['extract.js'],
  popup: ['popup.html', /^chunks\/popup-[\w-]+\.js$/, /^assets\/popup-[\w-]+\.css$/],
  background: ['background.js'],
};

/** Every file of the build, relative to it, with '/' separators. */
function filesOf(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesOf(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

/** The relative module paths a script imports statically (`from"./x.js"`, `import"./x.js"`), as minified by the build. */
const IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/** `files` and, transitively, every chunk their scripts import (paths relative to the build). */
function withImports(buildDir, files) {
  const all = new Set(files);
  for (const file of all) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(path.join(buildDir, file), 'utf8');
    for (const [, spec] of code.matchAll(IMPORT)) all.add(path.posix.join(path.posix.dirname(file), spec));
  }
  return [...all];
}

/** Raw and gzip bytes of each bundle of the build in `buildDir`, and the build's time. */
export function runSize(buildDir = CHROME_BUILD) {
  const all = filesOf(buildDir);
  const bundles = Object.entries(BUNDLES).map(([name, patterns]) => {
    const files = withImports(buildDir, all.filter((f) => patterns.some((p) => (typeof p === 'string' ? p === f : p.test(f)))));
    const bytes = files.map((f) => readFileSync(path.join(buildDir, f)));
    return {
      name,
      files,
      raw: bytes.reduce((a, b) => a + b.length, 0),
      // Each file is fetched and compressed on its own: sum of per-file gzip sizes.
      gzip: bytes.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0),
    };
  });
  const injected = bundles[0];
  return {
    build: path.relative(process.cwd(), buildDir) || '.',
    builtAt: statSync(path.join(buildDir, 'manifest.json')).mtime.toISOString(),
    bundles,
    injectedTarget: { gzip: INJECTED_TARGET_GZIP, met: injected.gzip <= INJECTED_TARGET_GZIP },
  };
}
