/**
 * The CLI as a user runs it: the built bin (npm test builds it first with
 * `npm run build:cli`), on the golden pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'pith.mjs');
const seed = join(root, 'tests', 'fixtures', 'pages', 'seed-mining');
const expected = JSON.parse(readFileSync(join(seed, 'expected.json'), 'utf8')) as { url: string; title: string; paragraphs: string[] };

function pith(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });
}

// Each test starts a Node process (the CLI and jsdom): slow on a busy machine, hence the timeout.
describe('pith extract', { timeout: 60_000 }, () => {
  it('is built (run `npm run build:cli` first)', () => {
    expect(existsSync(join(root, 'dist', 'cli.mjs'))).toBe(true);
  });

  it('prints the article as one JSON object', () => {
    const run = pith('extract', join(seed, 'index.html'), '--url', expected.url, '--format', 'json');
    expect(run.status, run.stderr).toBe(0);
    const article = JSON.parse(run.stdout);
    for (const key of ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'text', 'html', 'figures', 'related']) {
      expect(article, key).toHaveProperty(key);
    }
    expect(article.title).toBe(expected.title);
    expect(article.url).toBe(expected.url);
    const figure = article.figures.find((f: { text: string }) => f.text === '$500 million');
    expect(figure).toMatchObject({ value: 500_000_000, unit: 'USD', kind: 'money' });
    expect(figure.sentence).toContain('joint venture');
    expect(figure.measures).toContain('joint venture');
    expect(article.related).toHaveLength(3);
    for (const post of article.related) {
      expect(post.url).toMatch(/^https?:\/\//);
      expect(post.url).not.toMatch(/utm_/);
    }
  });

  it('prints clean text with --format txt', () => {
    const run = pith('extract', join(seed, 'index.html'), '--url', expected.url, '--format', 'txt');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.startsWith(`${expected.title}\n`)).toBe(true);
    for (const p of expected.paragraphs) expect(run.stdout).toContain(p);
    expect(run.stdout).not.toMatch(/<[a-z]/i);
  });

  it('prints Markdown with --format md', () => {
    const run = pith('extract', join(seed, 'index.html'), '--url', expected.url, '--format', 'md');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.startsWith('---\n')).toBe(true);
    expect(run.stdout).toContain(`# ${expected.title}`);
  });

  it('prints the key figures as a table with --figures', () => {
    const run = pith('extract', join(seed, 'index.html'), '--url', expected.url, '--figures');
    expect(run.status, run.stderr).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^#\s+Figure\s+Value\s+Unit\s+Measures$/);
    expect(rows.find((r) => r.includes('$500 million'))).toMatch(/\$500 million\s+500000000\s+USD\s+joint venture/);
  });

  it('prints the key figures as CSV, JSON or Markdown with --format figures-csv|figures-json|figures-md', () => {
    const csv = pith('extract', join(seed, 'index.html'), '--format', 'figures-csv');
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('rank,text,value,value_max,unit,kind,measures,year,mentions,position,sentence');
    expect(csv.stdout).toContain(',1 million tons by 2029,1000000,,t,target,copper production,2029,');
    const json = JSON.parse(pith('extract', join(seed, 'index.html'), '--format', 'figures-json').stdout);
    expect(json.figures.map((f: { text: string }) => f.text)).toContain('4.3%');
    const md = pith('extract', join(seed, 'index.html'), '--format', 'figures-md').stdout;
    expect(md).toContain('| # | Figure | Value | Unit | Measures | Sentence |');
  }, 60_000);

  it('exits 1 with a one-line reason on a page with no article', () => {
    const run = pith('extract', join(root, 'tests', 'fixtures', 'pages', 'not-article', 'index.html'));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^pith: .*not look like an article/);
  });

  it('exits 1 on a missing file and 2 on a wrong call', () => {
    expect(pith('extract', join(root, 'no-such-file.html')).status).toBe(1);
    expect(pith('summarise').status).toBe(2);
    expect(pith('extract', join(seed, 'index.html'), '--format', 'pdf').status).toBe(2);
  });
});
