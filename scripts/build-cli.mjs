// Bundles the CLI (src/cli/main.ts and the pure core it uses) into dist/cli.mjs
// with the Vite that WXT already brings. Dependencies stay external (npm installs them), except
// Readability and DOMPurify, bundled with the same patches as the extension (scripts/vendor-patches.mjs).
import { build } from 'vite';
import { vendorPatches } from './vendor-patches.mjs';

await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [vendorPatches()],
  ssr: { noExternal: ['@mozilla/readability', 'dompurify'] },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'cli.mjs' } },
  },
});
console.log('CLI built: dist/cli.mjs (run it as `npx pith extract <file.html>`)');
