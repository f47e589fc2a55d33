/**
 * The Node CLI: the same pipeline as the extension, on a saved page.
 *
 *   pith extract <file.html> [--url URL] [--format json|txt|md|figures|figures-csv|figures-json|figures-md] [--figures] [--debug]
 *
 * `--figures` is `--format figures`: the key figures as a table.
 * A page with no article exits with status 1 and a one-line reason on stderr.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { figuresToCsv, figuresToJson, figuresToMarkdown, figuresToText, toMarkdown, toPlainText } from '../export';
import { extractArticle } from '../pipeline';
import type { Article, ExtractResult } from '../types';

const USAGE =
  'usage: pith extract <file.html> [--url URL] [--format json|txt|md|figures|figures-csv|figures-json|figures-md] [--figures] [--debug]';
const FORMATS = ['json', 'txt', 'md', 'figures', 'figures-csv', 'figures-json', 'figures-md'] as const;
type Format = (typeof FORMATS)[number];

/** What each format prints for an article. */
const WRITERS: Record<Format, (article: Article, doc: Document) => string> = {
  json: (article) => JSON.stringify(article, null, 2),
  txt: (article) => toPlainText(article),
  md: (article, doc) => toMarkdown(article, doc),
  figures: (article) => figuresToText(article.figures),
  'figures-csv': (article) => figuresToCsv(article.figures),
  'figures-json': (article) => figuresToJson(article),
  'figures-md': (article) => figuresToMarkdown(article),
};

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
        figures: { type: 'boolean', default: false },
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
  const format = (values.figures ? 'figures' : values.format) as Format;
  if (!FORMATS.includes(format)) fail(`unknown format "${values.format}" (${FORMATS.join(', ')})`, 2);

  let read;
  try {
    read = extractFile(file, values.url);
  } catch (err) {
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  const { result, dom } = read;
  if (!result.ok) fail(values.debug && result.detail ? `${result.message} (${result.detail})` : result.message);
  const out = WRITERS[format](result.article, dom.window.document);
  process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
}
