// The two corpora, read in place from ../shared/corpus (never copied), and the jsdom documents made from them.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The shared corpora, next to the repository. */
export const CORPUS_ROOT = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
export const TRAFILATURA_DIR = path.join(CORPUS_ROOT, 'trafilatura-eval');
export const READABILITY_DIR = path.join(CORPUS_ROOT, 'readability-pages');
/** The URL Readability's own test suite parses its pages at. */
export const READABILITY_URL = 'http://fakehost/test/page.html';
/** Stands for "no URL known" (the corpus's `hard::`, `recall::` and mistyped keys). */
const PLACEHOLDER_ORIGIN = 'http://localhost/';

/** The version of an installed npm package (from its package.json under node_modules). */
export function installedVersion(name) {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** Turns a shell-style glob (`*`, `?`, `[…]`) into a RegExp over a whole name. */
export function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Keeps the items whose `name` matches the glob (all when no glob), then the first `limit` (all when none). */
export function select(items, { pages, limit } = {}) {
  const re = pages ? globToRegExp(pages) : null;
  const kept = re ? items.filter((it) => re.test(it.name)) : items;
  return limit ? kept.slice(0, limit) : kept;
}

/** Every `step`-th item, starting with the first: an even sample over the corpus order. */
export function sample(items, count) {
  if (!count || items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]);
}

/**
 * The human-labelled pages: `{ name, file, url, annotation: { with, without }, title }`.
 * `url` is the page's own when it is http(s), else a placeholder.
 */
export function trafilaturaPages() {
  const data = JSON.parse(readFileSync(path.join(TRAFILATURA_DIR, 'evaldata.json'), 'utf8'));
  return data.pages.map((p) => ({
    name: p.file,
    file: path.join(TRAFILATURA_DIR, 'pages', p.file),
    url: /^https?:\/\//i.test(p.url) ? p.url : PLACEHOLDER_ORIGIN + encodeURIComponent(p.file),
    annotation: { with: p.with, without: p.without },
  }));
}

/** Readability's test pages: `{ name, file, url, expectedFile, metadataFile }`. */
export function readabilityPages() {
  return readdirSync(READABILITY_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      file: path.join(READABILITY_DIR, name, 'source.html'),
      url: READABILITY_URL,
      expectedFile: path.join(READABILITY_DIR, name, 'expected.html'),
      metadataFile: path.join(READABILITY_DIR, name, 'expected-metadata.json'),
    }));
}

/**
 * Parses a page the way the CLI does: decoded as UTF-8 by us (never sniffed), at its URL,
 * no scripts, no resources, the page's console silenced. Close it with `closePage`.
 */
export function openPage(file, url) {
  return new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole: new VirtualConsole() });
}

/**
 * Reads a page with `use(dom)` and closes it. jsdom frees a closed window only once the event
 * loop has turned, so this waits for that: pages read in a synchronous loop are never freed.
 */
export async function withPage(file, url, use) {
  const dom = openPage(file, url);
  try {
    return use(dom);
  } finally {
    dom.window.close();
    await new Promise((resolve) => setImmediate(resolve));
  }
}
