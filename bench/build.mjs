// Bundles the benchmark's TypeScript with the Vite that WXT already brings (like scripts/build-cli.mjs):
//  - bench/node-entry.ts → bench/.build/node-entry.mjs (Node, dependencies external);
//  - bench/browser-readability.ts → bench/.build/readability.iife.js (bare Readability for Chromium,
//    minified into one IIFE as the extension's injected script is);
//  - bench/browser-finish.ts → bench/.build/finish.iife.js (the pipeline's finish part, as the popup runs it).
// Other files in bench/.build/ are left alone: other benchmarks bundle there too.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
export const BUILD_DIR = path.join(BENCH, '.build');
export const NODE_BUNDLE = path.join(BUILD_DIR, 'node-entry.mjs');
export const READABILITY_IIFE = path.join(BUILD_DIR, 'readability.iife.js');
/** The global the IIFE defines. */
export const READABILITY_GLOBAL = 'PithBenchReadability';
export const FINISH_IIFE = path.join(BUILD_DIR, 'finish.iife.js');
/** The global the finish IIFE defines. */
export const FINISH_GLOBAL = 'PithBenchFinish';

/**
 * Bundles one browser entry into an IIFE defining the global `name`, minified (as the extension's scripts are)
 * unless `minify` is false. `root` is the checkout whose sources it bundles (default: this one).
 */
export function buildIife(entry, name, fileName, { root = path.dirname(BENCH), outDir = BUILD_DIR, minify = true } = {}) {
  return build({
    configFile: false,
    logLevel: 'warn',
    root,
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      minify,
      lib: { entry: path.isAbsolute(entry) ? entry : path.join(BENCH, entry), formats: ['iife'], name, fileName: () => fileName },
    },
  });
}

/**
 * Bundles one bench TypeScript entry for Node (ES module, dependencies such as jsdom external) into
 * bench/.build/<fileName>, and returns the bundle's path.
 */
export async function buildNodeBundle(entry, fileName) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.dirname(BENCH),
    publicDir: false,
    build: {
      ssr: path.join(BENCH, entry),
      outDir: BUILD_DIR,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: fileName } },
    },
  });
  return path.join(BUILD_DIR, fileName);
}

/** Builds the bundles into bench/.build/. */
export async function buildBench() {
  await buildNodeBundle('node-entry.ts', path.basename(NODE_BUNDLE));
  await buildIife('browser-readability.ts', READABILITY_GLOBAL, 'readability.iife.js');
  await buildIife('browser-finish.ts', FINISH_GLOBAL, 'finish.iife.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildBench();
  console.log(`bench built: ${path.relative(process.cwd(), BUILD_DIR)}/`);
}
