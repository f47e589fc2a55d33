#!/usr/bin/env node
// Pith's command line: runs the extension's pipeline on a saved page (see README "CLI").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('pith: the CLI is not built yet: run `npm run build:cli` (or `npm run build:all`) first\n');
  process.exit(2);
}
const { main } = await import(built);
main(process.argv.slice(2));
