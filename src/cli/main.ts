/**
 * The Node CLI: the same pipeline as the extension, on a saved page.
 *
 *   pith extract <file.html> [--url URL] [--format json|txt|md] [--debug]
 *
 * A page with no article exits with status 1 and a one-line reason on stderr.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { toMarkdown, toPlainText } from '../export';
import { extractArticle } from '../pipeline';
import type { ExtractResult } from '../types';

const USAGE = 'usage: pith extract <file.html> [--url URL] [--format json|txt|md] [--debug]';
const FORMATS = ['json', 'txt', 'md'] as const;
type Format = (typeof FORMATS)[number];

/** Reads a saved page the way the extension reads a live one. */
export function extractFile(file: string, url?: string): { result: ExtractResult; dom: JSDOM } {
  const html = readFileSync(file, 'utf8');
  // Scripts never run; the page's console noise is not ours to print.
  const dom = new JSDOM(html, { url: url ?? 'http://localhost/', virtualConsole: new VirtualConsole() });
  const result = extractArticle(dom.window.document, { url, win: dom.window as unknown as Window });
  return { result, dom };
}

/** Exit status: 1 for a page Pith cannot read, 2 for a wrong call. */
function fail(message: string, status: 1 | 2 = 1): never {
  process.stderr.write(`pith: ${message}\n`);
  process.exit(status);
}

export function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'json' },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [command, file] = positionals;
  if (command !== 'extract' || !file) fail(USAGE, 2);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) fail(`unknown format "${values.format}" (json, txt or md)`, 2);

  let read;
  try {
    read = extractFile(file, values.url);
  } catch (err) {
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  const { result, dom } = read;
  if (!result.ok) fail(values.debug && result.detail ? `${result.message} (${result.detail})` : result.message);
  const { article } = result;
  const out =
    format === 'json'
      ? JSON.stringify(article, null, 2)
      : format === 'txt'
        ? toPlainText(article)
        : toMarkdown(article, dom.window.document);
  process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
}
