// Bundles the benchmark's TypeScript with the Vite that WXT already brings (like scripts/build-cli.mjs):
//  - bench/node-entry.ts → bench/.build/node-entry.mjs (Node, dependencies external);
//  - bench/browser-readability.ts → bench/.build/readability.iife.js (bare Readability for Chromium,
//    minified into one IIFE as the extension's injected script is).
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

/** Builds both bundles into bench/.build/. */
export async function buildBench() {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.dirname(BENCH),
    publicDir: false,
    build: {
      ssr: path.join(BENCH, 'node-entry.ts'),
      outDir: BUILD_DIR,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'node-entry.mjs' } },
    },
  });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.dirname(BENCH),
    publicDir: false,
    build: {
      outDir: BUILD_DIR,
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: path.join(BENCH, 'browser-readability.ts'),
        formats: ['iife'],
        name: READABILITY_GLOBAL,
        fileName: () => 'readability.iife.js',
      },
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildBench();
  console.log(`bench built: ${path.relative(process.cwd(), BUILD_DIR)}/`);
}
